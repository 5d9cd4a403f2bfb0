package nl.naober.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.naober.client.ApiClient;
import nl.naober.client.ApiException;
import nl.naober.client.api.AdminApiTokensApi;
import nl.naober.client.api.FamiliesApi;
import nl.naober.client.model.FamilyStatusChange;
import nl.naober.client.model.FamilyView;
import nl.naober.client.model.IntakeVisit;
import nl.naober.client.model.NewApiToken;
import nl.naober.client.model.NewChild;
import nl.naober.client.model.NewFamily;
import nl.naober.client.model.Problem;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The committed OpenAPI document, as an integrator would use it: a Java client generated from it in the build
 * ({@code openapi-generator-maven-plugin}, {@code nl.naober.client}) does a coordinator's main steps with an API
 * token against the running application, and gets another municipality's family as a 404 and no credentials as a
 * 401, each a Problem Details body the generated {@link Problem} model reads.
 */
@NaoberIntegrationTest
class OpenApiClientTest {

    static final String MEPPEL = "meppel";

    @LocalServerPort
    int port;

    @Test
    void aCoordinatorsIntegrationDoesTheMainStepsWithAnApiTokenThroughTheGeneratedClient() throws Exception {
        FamiliesApi families = new FamiliesApi(client(bearer(token(MEPPEL, "coordinator.meppel"))));
        String name = "Client " + Long.toString(System.nanoTime(), 36);

        FamilyView registered = families.registerFamilies(
                MEPPEL,
                new NewFamily()
                        .parentName(name)
                        .postcode("7941 AB")
                        .numberOfChildren(1)
                        .consentGiven(true)
                        .children(List.of(new NewChild()
                                .firstName("Kim")
                                .birthDate(LocalDate.now().minusYears(6)))));
        UUID id = registered.getId();
        assertThat(registered.getStatus()).isEqualTo(FamilyView.StatusEnum.REGISTERED);

        assertThat(families.getFamilies(MEPPEL, id).getParentName()).isEqualTo(name);
        assertThat(families.listFamilies(MEPPEL, name, null, null, 0, 20, null).getContent())
                .extracting(FamilyView::getId)
                .containsExactly(id);

        FamilyView afterIntake = families.recordIntakeFamilies(
                MEPPEL, id, new IntakeVisit().visitDate(LocalDate.now()).outcome(IntakeVisit.OutcomeEnum.SUITABLE));
        assertThat(afterIntake.getStatus()).isEqualTo(FamilyView.StatusEnum.INTAKE);
        FamilyView waiting = families.changeStatusFamilies(
                MEPPEL,
                id,
                new FamilyStatusChange()
                        .target(FamilyStatusChange.TargetEnum.WAITING)
                        .version(afterIntake.getVersion()));
        assertThat(waiting.getStatus()).isEqualTo(FamilyView.StatusEnum.WAITING);

        assertThat(families.suggestionsFamilies(MEPPEL, id, 5, null)).isNotNull();

        // A stale version: the documented 409, read as a Problem.
        ApiException stale = catchThrowableOfType(
                ApiException.class,
                () -> families.changeStatusFamilies(
                        MEPPEL,
                        id,
                        new FamilyStatusChange()
                                .target(FamilyStatusChange.TargetEnum.DECLINED)
                                .reason(FamilyStatusChange.ReasonEnum.NOT_IN_TARGET_GROUP)
                                .version(afterIntake.getVersion())));
        assertThat(stale.getCode()).isEqualTo(409);
        assertThat(problem(stale).getStatus()).isEqualTo(409);
    }

    @Test
    void anotherMunicipalitysTokenGets404AndNoCredentials401ThroughTheGeneratedClient() throws Exception {
        FamiliesApi meppel = new FamiliesApi(client(bearer(token(MEPPEL, "coordinator.meppel"))));
        UUID id = meppel.registerFamilies(
                        MEPPEL,
                        new NewFamily()
                                .parentName("Client Elders " + Long.toString(System.nanoTime(), 36))
                                .postcode("7941 AB")
                                .numberOfChildren(1)
                                .consentGiven(true))
                .getId();

        FamiliesApi hoogeveen = new FamiliesApi(client(bearer(token("hoogeveen", "coordinator.hoogeveen"))));
        for (ApiException refused : List.of(
                catchThrowableOfType(ApiException.class, () -> hoogeveen.getFamilies(MEPPEL, id)),
                catchThrowableOfType(ApiException.class, () -> hoogeveen.getFamilies("hoogeveen", id)))) {
            assertThat(refused.getCode()).isEqualTo(404);
            assertThat(problem(refused).getStatus()).isEqualTo(404);
        }

        FamiliesApi anonymous = new FamiliesApi(client(null));
        ApiException unauthenticated =
                catchThrowableOfType(ApiException.class, () -> anonymous.getFamilies(MEPPEL, id));
        assertThat(unauthenticated.getCode()).isEqualTo(401);
        assertThat(unauthenticated.getResponseHeaders().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem(unauthenticated).getStatus()).isEqualTo(401);
    }

    /** A token for the user, made by the network administrator through the generated client, with HTTP Basic. */
    private String token(String municipality, String username) throws ApiException {
        AdminApiTokensApi tokens = new AdminApiTokensApi(client("Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                ("admin.buurtgezinnen:" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))));
        return tokens.createAdminApiTokens(municipality, username, new NewApiToken().name("openapi-client"))
                .getToken();
    }

    private ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        if (authorization != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        }
        return client;
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private Problem problem(ApiException refused) throws Exception {
        return new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    }
}
