package nl.naober.registration.inbox;

import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.family.RegistrationReason;
import nl.naober.programme.DayPart;
import nl.naober.registration.NewPublicRegistration;
import nl.naober.registration.PublicRegistrations;
import nl.naober.registration.RegistrationChannel;
import nl.naober.registration.RegistrationDesk;
import nl.naober.registration.RegistrationKind;
import nl.naober.registration.RegistrationReceipt;
import nl.naober.support.Browser;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A self-registration waits in its municipality's inbox, in "Mijn werk" and the API, until a coordinator takes it
 * up; then the family is theirs. Nobody else sees or takes it: not another municipality's coordinator, not a policy
 * officer, not an anonymous caller.
 */
@NaoberIntegrationTest
class InboxTest {

    static final String HOOGEVEEN = "/api/v1/municipalities/hoogeveen/registrations";
    static final String COORDINATOR = basic("coordinator.hoogeveen");

    @LocalServerPort
    int port;

    @Autowired
    PublicRegistrations registrations;

    Http http;
    String firstName;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        firstName = "Inbox" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aSelfRegistrationWaitsInTheInboxUntilACoordinatorTakesItUp() {
        RegistrationReceipt receipt = register(RegistrationKind.FAMILY);

        JsonNode inbox = ok(http.get(HOOGEVEEN + "?size=100", COORDINATOR));
        JsonNode item = find(inbox, receipt.id());
        assertThat(item.get("firstName").asString()).isEqualTo(firstName);
        assertThat(item.get("kind").asString()).isEqualTo("FAMILY");
        assertThat(item.get("handledAt").isNull()).isTrue();
        String familyId = item.get("familyId").asString();
        JsonNode family = ok(http.get("/api/v1/municipalities/hoogeveen/families/" + familyId, COORDINATOR));
        assertThat(family.get("source").asString()).isEqualTo("SELF_REGISTRATION");
        assertThat(family.get("coordinator").isNull()).isTrue();

        Browser coordinator = Browser.loggedIn(port, "coordinator.hoogeveen");
        assertThat(coordinator.get("/werk").body()).contains(firstName).contains("Oppakken");
        assertThat(Browser.loggedIn(port, "coordinator.meppel").get("/werk").body())
                .doesNotContain(firstName);

        HttpResponse<String> takenUp = coordinator.post("/werk/aanmeldingen/" + receipt.id() + "/oppakken", List.of());
        assertThat(takenUp.uri().getPath()).isEqualTo("/gezinnen/" + familyId);
        assertThat(takenUp.body()).contains("Je hebt de aanmelding van " + firstName + " opgepakt.");

        JsonNode handled = ok(http.get(HOOGEVEEN + "/" + receipt.id(), COORDINATOR));
        assertThat(handled.get("handledBy").asString()).isEqualTo("coordinator.hoogeveen");
        assertThat(ok(http.get("/api/v1/municipalities/hoogeveen/families/" + familyId, COORDINATOR))
                        .get("coordinator")
                        .asString())
                .isEqualTo("coordinator.hoogeveen");
        assertThat(find(ok(http.get(HOOGEVEEN + "?size=100", COORDINATOR)), receipt.id()))
                .isNull();
        assertThat(find(ok(http.get(HOOGEVEEN + "?waiting=false&size=100", COORDINATOR)), receipt.id()))
                .isNotNull();
        // now one of the coordinator's new registrations, no longer in the inbox
        assertThat(coordinator.get("/werk").body())
                .contains(firstName)
                .doesNotContain("Aanmelding van " + firstName + " oppakken");
    }

    @Test
    void takingUpTwiceKeepsTheFirstCoordinator() {
        RegistrationReceipt receipt = register(RegistrationKind.SUPPORT_FAMILY);
        JsonNode first = ok(http.post(HOOGEVEEN + "/" + receipt.id() + "/take-up", COORDINATOR, ""));
        String supportFamilyId = first.get("supportFamilyId").asString();
        String handledAt = first.get("handledAt").asString();

        JsonNode again = ok(http.post(HOOGEVEEN + "/" + receipt.id() + "/take-up", COORDINATOR, ""));

        assertThat(again.get("handledAt").asString()).isEqualTo(handledAt);
        assertThat(ok(http.get("/api/v1/municipalities/hoogeveen/support-families/" + supportFamilyId, COORDINATOR))
                        .get("coordinator")
                        .asString())
                .isEqualTo("coordinator.hoogeveen");
    }

    @Test
    void otherMunicipalitiesPolicyOfficersAndAnonymousCallersNeitherSeeNorTakeUp() {
        RegistrationReceipt receipt = register(RegistrationKind.FAMILY);
        List<String> paths = List.of(HOOGEVEEN, HOOGEVEEN + "/" + receipt.id());
        String takeUp = HOOGEVEEN + "/" + receipt.id() + "/take-up";

        for (String path : paths) {
            assertThat(http.get(path, basic("coordinator.meppel")).status())
                    .as(path)
                    .isEqualTo(404);
            assertThat(http.get(path, basic("policy.hoogeveen")).status())
                    .as(path)
                    .isEqualTo(403);
            assertThat(http.get(path, null).status()).as(path).isEqualTo(401);
        }
        assertThat(http.post(takeUp, basic("coordinator.meppel"), "").status()).isEqualTo(404);
        assertThat(http.post(takeUp, basic("policy.hoogeveen"), "").status()).isEqualTo(403);
        assertThat(http.post(takeUp, null, "").status()).isEqualTo(401);
        // Meppel's own inbox does not hold it either
        assertThat(find(
                        ok(http.get(
                                "/api/v1/municipalities/meppel/registrations?size=100", basic("coordinator.meppel"))),
                        receipt.id()))
                .isNull();

        Browser policy = Browser.loggedIn(port, "policy.hoogeveen");
        assertThat(policy.post("/werk/aanmeldingen/" + receipt.id() + "/oppakken", List.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(Browser.loggedIn(port, "coordinator.meppel")
                        .post("/werk/aanmeldingen/" + receipt.id() + "/oppakken", List.of())
                        .statusCode())
                .isEqualTo(404);
        Browser anonymous = Browser.anonymous(port);
        anonymous.get("/login");
        assertThat(anonymous
                        .post("/werk/aanmeldingen/" + receipt.id() + "/oppakken", List.of())
                        .uri()
                        .getPath())
                .isEqualTo("/login");
        assertThat(ok(http.get(HOOGEVEEN + "/" + receipt.id(), COORDINATOR))
                        .get("handledAt")
                        .isNull())
                .isTrue();
    }

    private RegistrationReceipt register(RegistrationKind kind) {
        NewPublicRegistration registration = new NewPublicRegistration(
                kind,
                firstName,
                "Test",
                null,
                "06 12345678",
                "7901 AA",
                null,
                null,
                kind == RegistrationKind.FAMILY ? 2 : null,
                Set.of(RegistrationReason.NO_OWN_NETWORK),
                Set.of(DayPart.WEDNESDAY_AFTERNOON),
                kind == RegistrationKind.SUPPORT_FAMILY ? 1 : null,
                null,
                true,
                null);
        RegistrationDesk desk = new RegistrationDesk(
                "hoogeveen", "Hoogeveen", "Buurtgezinnen", "http://localhost", "2026-1", 5, List.of());
        return TenantContext.call(
                Tenant.of("hoogeveen"),
                () -> registrations.register(registration, RegistrationChannel.API, null, desk));
    }

    private static JsonNode find(JsonNode page, UUID id) {
        for (JsonNode item : page.get("content")) {
            if (item.get("id").asString().equals(id.toString())) {
                return item;
            }
        }
        return null;
    }
}
