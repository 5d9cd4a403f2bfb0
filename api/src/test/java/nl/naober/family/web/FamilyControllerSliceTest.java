package nl.naober.family.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Set;
import java.util.UUID;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyStatus;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.TransitionNotAllowedException;
import nl.naober.timeline.Timeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The family REST controller as an MVC slice: its request validation and the mapping of the feature's refusals to
 * Problem Details, with the service mocked and without the application, the database or the security filters (the
 * full-application tests, e.g. {@code FamilyInputTest} and {@code CaseWorkIsolationTest}, keep those). The pattern
 * for other controllers: the controller, its feature's advice and the general Problem Details handler, nothing else.
 */
@WebMvcTest(
        controllers = FamilyController.class,
        useDefaultFilters = false,
        includeFilters = {
            @ComponentScan.Filter(
                    type = FilterType.ASSIGNABLE_TYPE,
                    classes = {FamilyController.class, FamilyApiAdvice.class}),
            @ComponentScan.Filter(
                    type = FilterType.REGEX,
                    pattern = "nl\\.naober\\.web\\.problem\\.(ApiExceptionHandler|Problems|EventDateMessages"
                            + "|LocaleConfiguration)")
        })
@AutoConfigureMockMvc(addFilters = false)
class FamilyControllerSliceTest {

    private static final String FAMILIES = "/api/v1/municipalities/meppel/families";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    FamilyService families;

    @MockitoBean
    Timeline timeline;

    @Test
    void aBadPostcodeIsA400ProblemNamingTheFieldInDutchAndNothingIsRegistered() {
        MvcTestResult result = post(FAMILIES, family("12345"), "nl");

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/validation"))
                .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Ongeldige invoer"))
                .hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo(400))
                .hasPathSatisfying(
                        "$.errors[0].field", field -> assertThat(field).isEqualTo("postcode"))
                .hasPathSatisfying(
                        "$.errors[0].message",
                        message -> assertThat(message).isEqualTo("Vul een Nederlandse postcode in, zoals 7941 AB."));
        verify(families, never()).register(any());
    }

    @Test
    void englishIsGivenWhenAsked() {
        MvcTestResult result = post(FAMILIES, family("12345"), "en");

        assertThat(result)
                .bodyJson()
                .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Invalid input"))
                .hasPathSatisfying(
                        "$.errors[0].message",
                        message -> assertThat(message).isEqualTo("Enter a Dutch postcode, such as 7941 AB."));
    }

    @Test
    void aTransitionTheStateMachineRefusesIsA409NamingTheAllowedOnes() {
        UUID id = UUID.randomUUID();
        given(families.changeStatus(eq(id), any()))
                .willThrow(TransitionNotAllowedException.from(
                        "family",
                        FamilyStatus.REGISTERED,
                        FamilyStatus.MATCHED,
                        Set.of(FamilyStatus.INTAKE, FamilyStatus.WITHDRAWN)));

        MvcTestResult result = post(FAMILIES + "/" + id + "/status", "{\"target\":\"MATCHED\",\"version\":0}", "en");

        assertThat(result).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/transition-not-allowed"))
                .hasPathSatisfying("$.from", from -> assertThat(from).isEqualTo("REGISTERED"))
                .hasPathSatisfying("$.to", to -> assertThat(to).isEqualTo("MATCHED"))
                .hasPathSatisfying(
                        "$.allowed",
                        allowed -> assertThat(allowed)
                                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                                .containsExactly("INTAKE", "WITHDRAWN"));
    }

    @Test
    void aFamilyOutsideTheMunicipalityIsA404Problem() {
        UUID id = UUID.randomUUID();
        given(families.get(id)).willThrow(NotFoundException.of("family", id));

        MvcTestResult result = mvc.get().uri(FAMILIES + "/" + id).exchange();

        assertThat(result).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Gezin niet gevonden"));
    }

    private MvcTestResult post(String uri, String json, String language) {
        return mvc.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language)
                .content(json)
                .exchange();
    }

    private static String family(String postcode) {
        return """
                {"parentName":"Slice","postcode":"%s","numberOfChildren":1,"consentGiven":true}""".formatted(postcode);
    }
}
