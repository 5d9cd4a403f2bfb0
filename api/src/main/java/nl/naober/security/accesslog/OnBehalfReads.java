package nl.naober.security.accesslog;

import jakarta.servlet.http.HttpServletRequest;
import nl.naober.accesslog.AccessLog;
import nl.naober.accesslog.Accessor;
import org.springframework.stereotype.Component;

/**
 * Logs what a response without a login shows on a known user's behalf: a coordinator's calendar feed, opened by a
 * calendar with the secret token of that coordinator. The line names the coordinator (whose token it was), the
 * request and the caller's address. Call it in the municipality's tenant context, before the response is sent.
 */
@Component
public class OnBehalfReads {

    private final AccessLog log;

    OnBehalfReads(AccessLog log) {
        this.log = log;
    }

    public void logShown(HttpServletRequest request, String username, String role, String endpoint, Object shown) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Accessor who = new Accessor(
                username, role, (String) request.getAttribute(RequestIdFilter.ATTRIBUTE), request.getRemoteAddr());
        log.recordAs(who, PersonalDataReads.of(shown, path, endpoint));
    }
}
