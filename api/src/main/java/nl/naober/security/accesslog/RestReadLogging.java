package nl.naober.security.accesslog;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every REST body of a GET is looked at before it is written: what it shows of a person is logged first. The body
 * of a change shows back what the caller just wrote, and the change has its own line, written with it.
 */
@RestControllerAdvice
class RestReadLogging implements ResponseBodyAdvice<Object> {

    private final ReadLogging logging;

    RestReadLogging(ReadLogging logging) {
        this.logging = logging;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body != null
                && request instanceof ServletServerHttpRequest servlet
                && HttpMethod.GET.equals(request.getMethod())) {
            logging.logShown(servlet.getServletRequest(), body);
        }
        return body;
    }
}
