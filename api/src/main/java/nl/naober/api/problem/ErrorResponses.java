package nl.naober.api.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Spring's {@code /error}, where a servlet container sends what no controller answered: a parameter Tomcat cannot
 * decode, an exception thrown in a filter. Boot's default answers with its own JSON ({@code timestamp}, {@code
 * error}, {@code path}) or an English HTML page; here the REST API gets Problem Details and the screens a Dutch
 * page, for every status.
 */
@Controller
class ErrorResponses implements ErrorController {

    private final ErrorPages pages;

    ErrorResponses(ErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<?> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).cacheControl(CacheControl.noStore());
        if (ErrorPages.isApi((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
            Map<String, Object> problem =
                    pages.problem(status, ErrorPages.locale(Collections.list(request.getLocales())));
            return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return answer.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(pages.page(status));
    }
}
