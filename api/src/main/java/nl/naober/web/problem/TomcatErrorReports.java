package nl.naober.web.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat refuses some requests before any servlet sees them: a path with {@code %00}, {@code %5C} or bytes that are
 * not UTF-8, a request line longer than its 8 KB. Its error report valve then answered with its own HTML page. This
 * valve takes that place on the host (Boot adds a plain one, which is removed): Problem Details for {@code /api/},
 * the Dutch page for the rest, the same bodies as {@link ErrorResponses}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after Boot's customizer, which adds its own valve
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ObjectProvider<ErrorPages> pages;

    TomcatErrorReports(ObjectProvider<ErrorPages> pages) {
        this.pages = pages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ProblemReportValve(pages));
            // The host adds Tomcat's own valve when none of exactly this class name is there.
            if (context.getParent() instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    static final class ProblemReportValve extends ErrorReportValve {

        /**
         * The path as it came, undecoded (a path that does not decode is the reason for many of these answers). A
         * request line too long to read has none: no browser sends one, so it gets Problem Details too.
         */
        private static boolean isApiOrUnknown(Request request) {
            String raw = request.getCoyoteRequest().requestURI().toString();
            return raw == null || raw.isEmpty() || ErrorPages.isApi(raw);
        }

        private static final JsonMapper JSON = JsonMapper.builder().build();

        private final ObjectProvider<ErrorPages> pages;

        ProblemReportValve(ObjectProvider<ErrorPages> pages) {
            this.pages = pages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            // As Tomcat's own: only an error, only once, and never after the application wrote a body.
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                String body;
                if (isApiOrUnknown(request)) {
                    response.setContentType("application/problem+json");
                    body = JSON.writeValueAsString(pages.getObject()
                            .problem(status, ErrorPages.locale(Collections.list(request.getLocales()))));
                } else {
                    response.setContentType("text/html");
                    body = pages.getObject().page(status);
                }
                response.setCharacterEncoding("UTF-8");
                response.setHeader("Cache-Control", "no-store");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // The connection is gone or the response is already committed: nothing more to send.
            }
        }
    }
}
