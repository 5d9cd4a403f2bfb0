package nl.naober.demo;

import nl.naober.security.SecurityMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started Naober where to go and, in the demo, how to log in. */
@Component
class StartupMessage {

    private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

    private final Environment environment;
    private final ObjectProvider<DemoCatalog> demo;

    StartupMessage(Environment environment, ObjectProvider<DemoCatalog> demo) {
        this.environment = environment;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String url = "http://localhost:" + environment.getProperty("local.server.port", "8080") + "/";
        log.info("Naober is ready: open {} (API docs: {}swagger-ui.html)", url, url);
        if (!SecurityMode.isKeycloak(environment) && demo.getIfAvailable() != null) {
            log.info(
                    "Demo logins (password '{}'): coordinator.<code> and policy.<code> for meppel, hoogeveen,"
                            + " de-wolden, midden-drenthe, borger-odoorn, emmen; admin.buurtgezinnen,"
                            + " admin.steunoudernl, admin.platform",
                    DemoCatalog.PASSWORD);
        }
    }
}
