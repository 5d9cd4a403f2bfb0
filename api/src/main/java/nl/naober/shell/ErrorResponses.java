package nl.naober.shell;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import nl.naober.web.FormAddresses;
import nl.naober.web.problem.DatabaseUnavailable;
import nl.naober.web.problem.ErrorPages;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring's {@code /error}, where a servlet container sends what no controller answered: a parameter Tomcat cannot
 * decode, an exception thrown in a filter, a GET on an address that only takes a form's POST. Boot's default answers
 * with its own JSON ({@code timestamp}, {@code error}, {@code path}) or its English "Whitelabel Error Page"; here the
 * REST API gets Problem Details and the screens the Dutch page in the user's layout ({@link ScreenErrorPages}), for
 * every status. A browser that reloads the POST address of an in-page form is sent back to the form's page.
 */
@Controller
class ErrorResponses implements ErrorController {

    private final ErrorPages pages;
    private final ScreenErrorPages screenPages;
    private final FormAddresses formAddresses;
    private final JsonMapper json;

    ErrorResponses(ErrorPages pages, ScreenErrorPages screenPages, FormAddresses formAddresses, JsonMapper json) {
        this.pages = pages;
        this.json = json;
        this.screenPages = screenPages;
        this.formAddresses = formAddresses;
    }

    /**
     * The REST API's addresses: Problem Details, whatever the client asks for. The rest: the screens' page, or for a
     * GET on a form's POST address a redirect to the form's page. Decided by the address, not by {@code Accept}.
     */
    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.causedBy(failure)) {
            status = HttpStatus.SERVICE_UNAVAILABLE.value();
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        if (ErrorPages.isApi(uri)) {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(
                    response.getOutputStream(),
                    pages.problem(status, ErrorPages.locale(Collections.list(request.getLocales()))));
            return null;
        }
        if (status == HttpStatus.METHOD_NOT_ALLOWED.value() && "GET".equals(request.getMethod())) {
            Optional<String> page = formAddresses.pageOf(uri);
            if (page.isPresent()) {
                RedirectView back = new RedirectView(page.get(), true);
                back.setStatusCode(HttpStatus.SEE_OTHER);
                return new ModelAndView(back);
            }
        }
        return screenPages.page(status);
    }

    private static int status(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
    }
}
