package nl.naober.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hands URLs with an encoded slash ({@code ..%2Fx}) to the application instead of Tomcat's bare HTML 400, so the
 * security firewall refuses them with the same Problem Details 404 as any other path that does not exist.
 */
@Component
class TomcatPathHandling implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }
}
