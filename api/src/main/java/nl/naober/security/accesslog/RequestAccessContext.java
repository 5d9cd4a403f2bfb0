package nl.naober.security.accesslog;

import jakarta.servlet.http.HttpServletRequest;
import nl.naober.accesslog.AccessContext;
import nl.naober.accesslog.Accessor;
import nl.naober.identity.CurrentUser;
import nl.naober.security.CurrentUsers;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is at work, from the security context and the request: a logged-in user, the public (a registration without
 * login), or the system (jobs, start-up) outside any request. The client address is the one the server sees, or the
 * proxy's forwarded one when {@code server.forward-headers-strategy} is set.
 */
@Component
class RequestAccessContext implements AccessContext {

    static final String PUBLIC_USER = "publiek";

    @Override
    public Accessor current() {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest()
                : null;
        String requestId = request == null ? null : (String) request.getAttribute(RequestIdFilter.ATTRIBUTE);
        String address = request == null ? null : request.getRemoteAddr();
        return CurrentUsers.current()
                .map((CurrentUser user) ->
                        new Accessor(user.username(), user.role().name(), requestId, address))
                .orElseGet(() ->
                        request == null ? Accessor.SYSTEM : new Accessor(PUBLIC_USER, "PUBLIC", requestId, address));
    }
}
