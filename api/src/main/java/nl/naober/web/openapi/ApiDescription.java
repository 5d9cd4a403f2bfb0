package nl.naober.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says about itself: Naober's title, the version of the build (from
 * {@code META-INF/build-info.properties}, so it never lags behind a release), who to ask, the licence, and which
 * credentials an integrator uses. The server is relative rather than the address of the request, so the committed copy
 * of the document does not change with the host and port a test or a developer happened to use.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String LICENCE_URL = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12";

    private static final String DESCRIPTION = """
            The REST API of Naober, the platform for Dutch municipalities' family-support programmes \
            (Buurtgezinnen, SteunouderNL): registrations, intake, support families, matches, evaluations, \
            monitoring, and the administration of networks and municipalities.

            ## Authentication

            Every operation names the security schemes it takes; which of them an installation accepts depends on \
            its mode.

            - **Integrations in local mode** (accounts in Naober itself, the default): an **API token**, \
            `Authorization: Bearer nbr_…`. A network administrator makes one for a municipal user (coordinator, \
            policy officer, privacy officer); it acts with that user's role and municipality, is shown once, \
            expires and can be revoked. No password hash is checked per request.
            - **Keycloak mode**: a **bearer JWT** issued by the installation's Keycloak realm (an integration uses a \
            Keycloak client with client credentials). API tokens and HTTP Basic are not taken in this mode.
            - **HTTP Basic** (local mode) is for people trying the API by hand: it checks a BCrypt password hash on \
            every request, so it is slow by design and repeated failures are throttled (429 with `Retry-After`).

            The public registration operations (`/api/v1/public/…`) take no credentials and are rate-limited.

            ## Errors

            Every error is an RFC 9457 Problem Details body (`application/problem+json`): `type`, `title`, \
            `status`, `detail`, and for a 400 the rejected fields under `errors`. Another municipality's record is \
            a 404, never a 403, so an answer does not confirm that it exists. A 409 says which rule or transition \
            refused the change, or that someone saved first (`version`). 429 and 503 carry `Retry-After` (seconds).
            """;

    @Bean
    OpenAPI naoberOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "development" : properties.getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Naober API")
                        .version(version)
                        .description(DESCRIPTION)
                        .contact(new Contact().name("Naober team").email("api@naober.nl"))
                        .license(new License().name("EUPL-1.2").url(LICENCE_URL)))
                // Relative: the installation that serves this document, wherever it runs.
                .servers(List.of(new Server().url("/").description("This installation")));
    }
}
