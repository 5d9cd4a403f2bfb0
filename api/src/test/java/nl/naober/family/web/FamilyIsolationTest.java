package nl.naober.family.web;

import static nl.naober.support.Families.newFamilyJson;
import static nl.naober.support.Families.path;
import static nl.naober.support.Families.rowsInSchema;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A family of Meppel is Meppel's coordinator's alone; everyone else is refused, with the right status. */
@NaoberIntegrationTest
class FamilyIsolationTest {

    @LocalServerPort
    int port;

    Http http;
    UUID meppelFamily;

    @BeforeEach
    void registerFamilyInMeppel() {
        http = new Http(port);
        Http.Response created =
                http.post(path("meppel"), basic("coordinator.meppel"), newFamilyJson("Isolatie Meppel"));
        assertThat(created.status()).isEqualTo(201);
        meppelFamily = UUID.fromString(created.json().get("id").asString());
        assertThat(created.header("Location")).endsWith(path("meppel") + "/" + meppelFamily);
    }

    @Test
    void theFamilyIsStoredInMeppelsSchemaOnly() {
        assertThat(rowsInSchema("t_meppel", meppelFamily)).isEqualTo(1);
        assertThat(rowsInSchema("t_hoogeveen", meppelFamily)).isZero();
        assertThat(rowsInSchema("t_midden_drenthe", meppelFamily)).isZero();
    }

    @Test
    void meppelsCoordinatorReadsItBackAndFindsItInTheList() {
        Http.Response family = http.get(path("meppel") + "/" + meppelFamily, basic("coordinator.meppel"));
        assertThat(family.status()).isEqualTo(200);
        assertThat(family.json().get("parentName").asString()).isEqualTo("Isolatie Meppel");
        assertThat(family.json().get("status").asString()).isEqualTo("REGISTERED");

        Http.Response list = http.get(path("meppel") + "?size=100", basic("coordinator.meppel"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(meppelFamily.toString());
        assertThat(list.json().get("totalElements").asLong()).isEqualTo(rowsInSchema("t_meppel"));
    }

    @Test
    void anotherMunicipalitysCoordinatorGetsNotFoundAndChangesNothing() {
        String hoogeveen = basic("coordinator.hoogeveen");
        int rowsBefore = rowsInSchema("t_meppel");

        assertThat(http.get(path("meppel") + "/" + meppelFamily, hoogeveen).status())
                .isEqualTo(404);
        assertThat(http.get(path("meppel"), hoogeveen).status()).isEqualTo(404);
        assertThat(http.post(path("meppel"), hoogeveen, newFamilyJson("Indringer"))
                        .status())
                .isEqualTo(404);
        // Through its own municipality the id does not exist either.
        Http.Response viaOwn = http.get(path("hoogeveen") + "/" + meppelFamily, hoogeveen);
        assertThat(viaOwn.status()).isEqualTo(404);
        assertThat(viaOwn.json().get("type").asString()).endsWith("/family-not-found");

        assertThat(rowsInSchema("t_meppel")).isEqualTo(rowsBefore);
        assertThat(rowsInSchema("t_hoogeveen", meppelFamily)).isZero();
    }

    @Test
    void notFoundForAnotherMunicipalityLooksExactlyLikeAnUnknownCode() {
        Http.Response otherMunicipality = http.get(path("meppel"), basic("coordinator.hoogeveen"));
        Http.Response unknownCode = http.get(path("atlantis"), basic("coordinator.hoogeveen"));

        assertThat(otherMunicipality.status()).isEqualTo(404);
        assertThat(otherMunicipality.header("Content-Type")).startsWith("application/problem+json");
        assertThat(otherMunicipality.body()).isEqualTo(unknownCode.body());
    }

    @Test
    void aPolicyOfficerIsRefusedPersonalDataEvenOfOwnMunicipality() {
        String policy = basic("policy.meppel");
        int rowsBefore = rowsInSchema("t_meppel");

        Http.Response list = http.get(path("meppel"), policy);
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.json().get("title").asString()).isEqualTo("Geen toegang");
        assertThat(http.get(path("meppel") + "/" + meppelFamily, policy).status())
                .isEqualTo(403);
        assertThat(http.post(path("meppel"), policy, newFamilyJson("Beleid")).status())
                .isEqualTo(403);
        assertThat(rowsInSchema("t_meppel")).isEqualTo(rowsBefore);
    }

    @Test
    void aPrivacyOfficerSeesNoCaseDataEitherAndOtherMunicipalitiesNotAtAll() {
        String privacy = basic("privacy.meppel");
        int rowsBefore = rowsInSchema("t_meppel");

        assertThat(http.get(path("meppel"), privacy).status()).isEqualTo(403);
        assertThat(http.get(path("meppel") + "/" + meppelFamily, privacy).status())
                .isEqualTo(403);
        assertThat(http.post(path("meppel"), privacy, newFamilyJson("Privacy")).status())
                .isEqualTo(403);
        assertThat(http.get(path("hoogeveen"), privacy).status()).isEqualTo(404);
        assertThat(rowsInSchema("t_meppel")).isEqualTo(rowsBefore);
    }

    @Test
    void anAnonymousCallerMustLogIn() {
        int rowsBefore = rowsInSchema("t_meppel");

        Http.Response list = http.get(path("meppel"), null);
        assertThat(list.status()).isEqualTo(401);
        assertThat(list.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(list.json().get("status").asInt()).isEqualTo(401);
        assertThat(http.get(path("meppel") + "/" + meppelFamily, null).status()).isEqualTo(401);
        assertThat(http.post(path("meppel"), null, newFamilyJson("Anoniem")).status())
                .isEqualTo(401);
        assertThat(http.get(
                                path("meppel"),
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString("coordinator.meppel:wrong".getBytes()))
                        .status())
                .isEqualTo(401);
        assertThat(rowsInSchema("t_meppel")).isEqualTo(rowsBefore);
    }

    @Test
    void administratorsSeeNoCaseData() {
        // The network admin of Meppel's own network enters Meppel but is not a coordinator.
        assertThat(http.get(path("meppel"), basic("admin.buurtgezinnen")).status())
                .isEqualTo(403);
        // Another network's admin and the platform operator do not even learn that Meppel exists.
        assertThat(http.get(path("meppel"), basic("admin.steunoudernl")).status())
                .isEqualTo(404);
        assertThat(http.get(path("meppel"), basic("admin.platform")).status()).isEqualTo(404);
    }
}
