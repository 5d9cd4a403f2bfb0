package nl.naober.security.accesslog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every screen's model is looked at after the controller and before the page is rendered: what the page will show of
 * a person is logged first. A redirect shows nothing.
 */
@Configuration(proxyBeanMethods = false)
class ScreenReadLogging implements WebMvcConfigurer {

    private final ReadLogging logging;

    ScreenReadLogging(ReadLogging logging) {
        this.logging = logging;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(
                    HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
                if (view != null
                        && !(view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
                    logging.logShown(request, view.getModel());
                }
            }
        });
    }
}
