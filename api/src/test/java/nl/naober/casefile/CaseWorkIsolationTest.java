package nl.naober.casefile;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import tools.jackson.databind.JsonNode;

/**
 * Every case-work endpoint, called on Hoogeveen's real records with well-formed bodies: a coordinator of another
 * municipality gets 404, Hoogeveen's policy officer 403 (personal data), an anonymous caller 401; nothing changes.
 * Which endpoints exist is read from the application's own request mappings: every one is either called here or named
 * in {@link #elsewhere()} with the test that refuses strangers there (or why it is no case work), so an endpoint added
 * without an isolation test fails the build.
 */
@NaoberIntegrationTest
class CaseWorkIsolationTest {

    static final Set<String> WEDNESDAY = Set.of("WEDNESDAY_AFTERNOON");

    @LocalServerPort
    int port;

    @Autowired
    List<RequestMappingHandlerMapping> handlerMappings;

    Http http;
    CaseWork hoogeveen;
    JsonNode family;
    JsonNode supportFamily;
    JsonNode match;

    record Call(String method, String path, String body) {}

    /** Endpoints ("METHOD /pattern") this test does not call, the test method that covers them, and why. */
    record Elsewhere(String coveredBy, String why, List<String> endpoints) {}

    /** One request mapping of the application: "METHOD /pattern", with its parsed pattern and handler. */
    record Endpoint(String key, String method, PathPattern pattern, String handler) {}

    @BeforeEach
    void hoogeveensRecords() {
        http = new Http(port);
        hoogeveen = new CaseWork(http, "hoogeveen");
        family = hoogeveen.waitingFamily(
                "Afgeschermd " + System.nanoTime(),
                WEDNESDAY,
                List.of(child("Fenna", LocalDate.now().minusYears(5))));
        supportFamily = hoogeveen.makeAvailable(hoogeveen.registerSupportFamily(
                "Afgeschermd " + System.nanoTime(), 52.72, 6.47, WEDNESDAY, 2, Set.of()));
        match = hoogeveen.propose(family, supportFamily, WEDNESDAY);
    }

    @Test
    void everyEndpointRefusesOtherMunicipalitiesPolicyOfficersAndAnonymousCallers() {
        String snapshot = snapshot();
        for (Call call : calls()) {
            assertThat(send(call, basic("coordinator.meppel")).status())
                    .as("other municipality: " + call)
                    .isEqualTo(404);
            assertThat(send(call, basic("policy.hoogeveen")).status())
                    .as("policy officer: " + call)
                    .isEqualTo(403);
            assertThat(send(call, null).status()).as("anonymous: " + call).isEqualTo(401);
        }
        assertThat(snapshot()).isEqualTo(snapshot);
    }

    @Test
    void everyEndpointOfTheApplicationIsCalledHereOrNamedWithTheTestThatCoversIt() {
        List<Endpoint> endpoints = endpoints();
        Set<String> called = new TreeSet<>();
        for (Call call : calls()) {
            String path = URI.create(hoogeveen.base() + call.path()).getPath();
            endpoints.stream()
                    .filter(e -> e.method().equals(call.method()) || e.method().equals("*"))
                    .filter(e -> e.pattern().matches(PathContainer.parsePath(path)))
                    .min(Comparator.comparing(Endpoint::pattern, PathPattern.SPECIFICITY_COMPARATOR))
                    .ifPresentOrElse(
                            e -> called.add(e.key()),
                            () -> called.add("NO ENDPOINT for " + call.method() + " " + path));
        }
        Map<String, String> named = new TreeMap<>();
        for (Elsewhere elsewhere : elsewhere()) {
            assertCoveringTestExists(elsewhere.coveredBy());
            elsewhere
                    .endpoints()
                    .forEach(key -> assertThat(named.put(key, elsewhere.coveredBy()))
                            .as("named twice: " + key)
                            .isNull());
        }

        Set<String> existing = new TreeSet<>();
        List<String> uncovered = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            existing.add(endpoint.key());
            if (!called.contains(endpoint.key()) && !named.containsKey(endpoint.key())) {
                uncovered.add(endpoint.key() + "  (" + endpoint.handler() + ")");
            }
        }
        assertThat(uncovered)
                .as("endpoints without an isolation test: call them in calls() or name the test that covers them in"
                        + " elsewhere()")
                .isEmpty();
        assertThat(called).as("called endpoints that do not exist").isSubsetOf(existing);
        assertThat(named.keySet()).as("named endpoints that no longer exist").isSubsetOf(existing);
        assertThat(called).as("called here and named elsewhere").doesNotContainAnyElementsOf(named.keySet());
    }

    /** Every path and method the application's request mappings answer, as "METHOD /pattern [params]". */
    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : handlerMappings) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("*");
                }
                for (PathPattern pattern : patterns(info)) {
                    for (String method : methods) {
                        String params = info.getParamsCondition().isEmpty()
                                ? ""
                                : " " + info.getParamsCondition().getExpressions();
                        endpoints.add(new Endpoint(
                                method + " " + pattern.getPatternString() + params,
                                method,
                                pattern,
                                handler.getBeanType().getSimpleName()));
                    }
                }
            });
        }
        assertThat(endpoints).as("the application's endpoints").hasSizeGreaterThan(100);
        return endpoints;
    }

    private static Set<PathPattern> patterns(RequestMappingInfo info) {
        assertThat(info.getPathPatternsCondition())
                .as("parsed patterns of " + info)
                .isNotNull();
        return info.getPathPatternsCondition().getPatterns();
    }

    /** "SomeTest#method" names a test method that exists, wherever its package is. */
    private static void assertCoveringTestExists(String coveredBy) {
        String[] parts = coveredBy.split("#", 2);
        try {
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:nl/naober/**/" + parts[0] + ".class");
            assertThat(found).as("test class " + parts[0]).hasSize(1);
            String url = found[0].getURL().toString();
            String name = url.substring(url.lastIndexOf("/nl/naober/") + 1, url.length() - ".class".length())
                    .replace('/', '.');
            Class<?> test = Class.forName(name, false, CaseWorkIsolationTest.class.getClassLoader());
            if (parts.length == 2) {
                assertThat(Arrays.stream(test.getDeclaredMethods()).map(Method::getName))
                        .as("test method " + coveredBy)
                        .contains(parts[1]);
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(coveredBy, e);
        }
    }

    private static Elsewhere elsewhere(String coveredBy, String why, String... endpoints) {
        return new Elsewhere(coveredBy, why, List.of(endpoints));
    }

    /**
     * Endpoints that are no case work or whose isolation another test checks, each with that test. Screens are here:
     * their municipality is the signed-in user's, never one in the path, and each screen area's URL rule refuses
     * other roles; the named test checks that rule for the area.
     */
    private static List<Elsewhere> elsewhere() {
        return List.of(
                elsewhere(
                        "StatusChangesApiTest#reopeningIsRefusedToOtherMunicipalitiesPolicyOfficersAndAnonymousCallers",
                        "reopening a file is case work, refused there to the same three callers",
                        "POST /api/v1/municipalities/{code}/families/{id}/reopen"),
                elsewhere(
                        "AccessLogSearchTest#nobodyButTheOwnPrivacyOfficerSearchesTheLog",
                        "the privacy officer's log search, not case work",
                        "GET /api/v1/municipalities/{code}/access-log",
                        "GET /api/v1/municipalities/{code}/access-log.csv"),
                elsewhere(
                        "AccessLogSearchTest#aCoordinatorSeesWhoViewedTheFileAndNobodyElseDoes",
                        "who viewed a file",
                        "GET /api/v1/municipalities/{code}/families/{id}/access-log",
                        "GET /api/v1/municipalities/{code}/support-families/{id}/access-log"),
                elsewhere(
                        "AppointmentApiTest#noOtherMunicipalityPolicyOfficerOrAnonymousCallerReadsOrChangesAVisit",
                        "visits, refused there to the same three callers",
                        "GET /api/v1/municipalities/{code}/appointments",
                        "POST /api/v1/municipalities/{code}/appointments",
                        "GET /api/v1/municipalities/{code}/appointments/{id}",
                        "POST /api/v1/municipalities/{code}/appointments/{id}/cancel",
                        "POST /api/v1/municipalities/{code}/appointments/{id}/complete",
                        "POST /api/v1/municipalities/{code}/appointments/{id}/move"),
                elsewhere(
                        "CalendarFeedTest#aTokenOpensOnlyItsOwnMunicipalityAndNothingOnceRevokedOrRenewed",
                        "a calendar feed opened by its secret token, not by a login",
                        "GET /agenda/{code}/{token}.ics"),
                elsewhere(
                        "ImportApiTest#onlyTheMunicipalitysOwnCoordinatorMayStartOrReadAnImport",
                        "importing a case load",
                        "POST /api/v1/municipalities/{code}/imports",
                        "GET /api/v1/municipalities/{code}/imports/{id}"),
                elsewhere(
                        "ExpenditureImportApiTest#onlyANetworkAdministratorOfTheMunicipalitysNetworkMayImport",
                        "the network admin's expenditures, not case work",
                        "POST /api/v1/admin/municipalities/{code}/expenditure-imports"),
                elsewhere(
                        "InboxTest#otherMunicipalitiesPolicyOfficersAndAnonymousCallersNeitherSeeNorTakeUp",
                        "self-registrations waiting in the inbox",
                        "GET /api/v1/municipalities/{code}/registrations",
                        "GET /api/v1/municipalities/{code}/registrations/{id}",
                        "POST /api/v1/municipalities/{code}/registrations/{id}/take-up"),
                elsewhere(
                        "OutboxScreenTest#nobodyElseSeesIt",
                        "the network admin's outbox, not case work",
                        "GET /api/v1/admin/municipalities/{code}/outbox"),
                elsewhere(
                        "MonitoringApiTest#onlyTheMunicipalityAndItsNetworkMayReadIt",
                        "figures without names for the policy officer, not case work",
                        "GET /api/v1/municipalities/{code}/monitoring",
                        "GET /api/v1/municipalities/{code}/monitoring/export.csv"),
                elsewhere(
                        "MonitoringApiTest#anEvaluationReportIsRefusedToOthersInEveryFormat",
                        "figures without names for the policy officer, not case work",
                        "GET /api/v1/municipalities/{code}/evaluation-periods/{id}/report",
                        "GET /api/v1/municipalities/{code}/evaluation-periods/{id}/report.csv",
                        "GET /api/v1/municipalities/{code}/evaluation-periods/{id}/report.pdf"),
                elsewhere(
                        "NetworkMonitoringTest#nobodyElseSeesTheNetwork",
                        "the network admin's figures, not case work",
                        "GET /api/v1/admin/networks/{code}/monitoring"),
                elsewhere(
                        "SubjectRightsTest#everyNewEndpointRefusesOtherMunicipalitiesOtherRolesAndAnonymousCallers",
                        "the privacy officer's retention and erasure decisions",
                        "GET /api/v1/municipalities/{code}/erasure-requests",
                        "POST /api/v1/municipalities/{code}/erasure-requests/{id}/approve",
                        "POST /api/v1/municipalities/{code}/erasure-requests/{id}/refuse",
                        "GET /api/v1/municipalities/{code}/retention/preview",
                        "GET /api/v1/municipalities/{code}/retention/runs"),
                elsewhere(
                        "SubjectRightsTest#everyNewEndpointRefusesOtherMunicipalitiesOtherRolesAndAnonymousCallers",
                        "a family's rights of access and erasure",
                        "GET /api/v1/municipalities/{code}/families/{id}/erasure-requests",
                        "POST /api/v1/municipalities/{code}/families/{id}/erasure-requests",
                        "GET /api/v1/municipalities/{code}/families/{id}/subject-access",
                        "GET /api/v1/municipalities/{code}/support-families/{id}/erasure-requests",
                        "POST /api/v1/municipalities/{code}/support-families/{id}/erasure-requests",
                        "GET /api/v1/municipalities/{code}/support-families/{id}/subject-access"),
                elsewhere(
                        "PrivacyApprovalTest#onlyTheMunicipalitysOwnPrivacyOfficerDecides",
                        "the privacy officer's approvals, not case work",
                        "GET /api/v1/municipalities/{code}/privacy-approvals",
                        "POST /api/v1/municipalities/{code}/privacy-approvals/{id}/approve",
                        "POST /api/v1/municipalities/{code}/privacy-approvals/{id}/refuse"),
                elsewhere(
                        "AdminIsolationTest#everyAdminEndpointRefusesOtherNetworksOtherRolesAndAnonymousCallers",
                        "the network admin's budget, evaluation periods and settings, not case work",
                        "GET /api/v1/admin/municipalities/{code}/budget-lines",
                        "POST /api/v1/admin/municipalities/{code}/budget-lines",
                        "GET /api/v1/admin/municipalities/{code}/budget-lines/{id}",
                        "PUT /api/v1/admin/municipalities/{code}/budget-lines/{id}",
                        "GET /api/v1/admin/municipalities/{code}/budget-lines/{id}/expenditures",
                        "POST /api/v1/admin/municipalities/{code}/budget-lines/{id}/expenditures",
                        "GET /api/v1/admin/municipalities/{code}/budget-lines/{id}/summary",
                        "GET /api/v1/admin/municipalities/{code}/evaluation-periods",
                        "POST /api/v1/admin/municipalities/{code}/evaluation-periods",
                        "GET /api/v1/admin/municipalities/{code}/evaluation-periods/{id}",
                        "PUT /api/v1/admin/municipalities/{code}/evaluation-periods/{id}",
                        "POST /api/v1/admin/municipalities/{code}/evaluation-periods/{id}/close",
                        "GET /api/v1/admin/municipalities/{code}/settings",
                        "PUT /api/v1/admin/municipalities/{code}/settings",
                        "GET /api/v1/admin/networks/{code}/settings",
                        "PUT /api/v1/admin/networks/{code}/settings"),
                elsewhere(
                        "AdminOrganisationIsolationTest#everyEndpointRefusesOtherNetworksOtherRolesAndAnonymousCallers",
                        "the network admin's organisations and users, not case work",
                        "GET /api/v1/admin/municipalities/{code}/users",
                        "POST /api/v1/admin/municipalities/{code}/users",
                        "GET /api/v1/admin/municipalities/{code}/users/{username}",
                        "POST /api/v1/admin/municipalities/{code}/users/{username}/activate",
                        "POST /api/v1/admin/municipalities/{code}/users/{username}/deactivate",
                        "GET /api/v1/admin/municipalities/{code}/welfare-organisations",
                        "POST /api/v1/admin/municipalities/{code}/welfare-organisations",
                        "GET /api/v1/admin/municipalities/{code}/welfare-organisations/{id}",
                        "PUT /api/v1/admin/municipalities/{code}/welfare-organisations/{id}"),
                elsewhere(
                        "ApiTokenAdminTest#nobodyButTheNetworkAdminOfTheUsersMunicipalityCreatesListsOrRevokesTokens",
                        "the network admin's API tokens, not case work",
                        "GET /api/v1/admin/municipalities/{code}/users/{username}/api-tokens",
                        "POST /api/v1/admin/municipalities/{code}/users/{username}/api-tokens",
                        "POST /api/v1/admin/municipalities/{code}/users/{username}/api-tokens/{id}/revoke"),
                elsewhere(
                        "MunicipalityAdminAccessTest#onlyNetworkAdminsReachTheMunicipalityEndpoints",
                        "onboarding and offboarding municipalities, not case work",
                        "GET /api/v1/admin/municipalities",
                        "POST /api/v1/admin/municipalities",
                        "DELETE /api/v1/admin/municipalities/{code}",
                        "GET /api/v1/admin/municipalities/{code}",
                        "GET /api/v1/admin/municipalities/{code}/audit",
                        "DELETE /api/v1/admin/municipalities/{code}/data",
                        "POST /api/v1/admin/municipalities/{code}/export",
                        "GET /api/v1/admin/municipalities/{code}/privacy-approvals",
                        "POST /api/v1/admin/municipalities/{code}/privacy-approvals",
                        "POST /api/v1/admin/municipalities/{code}/reactivate",
                        "POST /api/v1/admin/municipalities/{code}/retry",
                        "POST /api/v1/admin/municipalities/{code}/suspend"),
                elsewhere(
                        "MunicipalityAdminAccessTest#onlyThePlatformAdminReachesTheNetworkEndpoints",
                        "the platform admin's networks, not case work",
                        "GET /api/v1/admin/networks",
                        "POST /api/v1/admin/networks",
                        "POST /api/v1/admin/networks/{code}/administrators"),
                elsewhere(
                        "PublicContactAndTownTest#otherNetworksOtherRolesAndAnonymousCallersCannotReadOrChangeTheContact",
                        "the public pages' contact, not case work",
                        "GET /api/v1/admin/municipalities/{code}/public-contact",
                        "PUT /api/v1/admin/municipalities/{code}/public-contact"),
                elsewhere(
                        "CoordinatorMailboxesAndPublicFormTest#otherNetworksOtherRolesAndAnonymousCallersCannotReadOrChangeTheOrigins",
                        "the public form's origins, not case work",
                        "GET /api/v1/admin/municipalities/{code}/public-form",
                        "PUT /api/v1/admin/municipalities/{code}/public-form"),
                elsewhere(
                        "PublicRegistrationCorsTest#aPreflightFromAnotherOriginOrForAnotherMunicipalityIsRefusedWithoutCorsHeaders",
                        "public self-registration, open to anyone by design",
                        "POST /api/v1/public/municipalities/{code}/registrations",
                        "GET /api/v1/public/municipalities/{code}/registrations/challenge"),
                elsewhere(
                        "RegistrationPagesTest#theChoicePageNamesTheMunicipalityAndProgrammeAndOffersBothPaths",
                        "public self-registration pages, open to anyone by design",
                        "GET /aanmelden/{code}",
                        "GET /aanmelden/{code}/bedankt",
                        "GET /aanmelden/{code}/privacy",
                        "GET /aanmelden/{code}/{form:gezin|steungezin}",
                        "POST /aanmelden/{code}/{form:gezin|steungezin}"),
                elsewhere(
                        "AddressConfirmationTest#theRegistrantIsMailedOnlyTheLinkUntilTheyConfirmThenTheReceiptOnceAndTheLinkWorksOnce",
                        "the registrant's own confirmation link, opened by its secret token",
                        "GET /aanmelden/{code}/bevestigen/{token}",
                        "POST /aanmelden/{code}/bevestigen/{token}"),
                elsewhere(
                        "PasswordChangeTest#aUserWithTheirOwnPasswordCanOpenThePasswordPageAndWorksOnWithoutIt",
                        "the signed-in user's own password, not case work",
                        "GET /wachtwoord",
                        "POST /wachtwoord"),
                elsewhere("StaffHeaderTest", "the start and login pages, no case data", "GET /", "GET /login"),
                elsewhere(
                        "RequestProblemsTest#pathsTomcatRefusesItselfAreAnsweredWithProblemDetailsForTheApiAndADutchPageForScreens",
                        "the error answer itself",
                        "* /error"),
                elsewhere(
                        "OpenApiDocumentTest#theCommittedDocumentIsTheLiveOne",
                        "the public API description, no data",
                        "GET /swagger-ui.html",
                        "GET /v3/api-docs",
                        "GET /v3/api-docs.yaml",
                        "GET /v3/api-docs/swagger-config"),
                elsewhere(
                        "CaseworkScreensTest#onlyTheOwnMunicipalitysCoordinatorSeesTheScreens",
                        "screens: the municipality is the signed-in coordinator's, not one in the path; the screens' URL rules refuse other roles",
                        "POST /afspraken",
                        "GET /afspraken/nieuw",
                        "POST /afspraken/{id}/annuleren",
                        "GET /afspraken/{id}/verplaatsen",
                        "POST /afspraken/{id}/verplaatsen",
                        "GET /gezinnen",
                        "GET /gezinnen/nieuw",
                        "POST /gezinnen/nieuw",
                        "POST /gezinnen/nieuw [addChild]",
                        "GET /gezinnen/{id}",
                        "GET /gezinnen/{id}/bewerken",
                        "POST /gezinnen/{id}/bewerken",
                        "GET /gezinnen/{id}/gegevensoverzicht",
                        "GET /gezinnen/{id}/gegevensoverzicht.pdf",
                        "GET /gezinnen/{id}/heropenen",
                        "POST /gezinnen/{id}/heropenen",
                        "POST /gezinnen/{id}/intakes",
                        "POST /gezinnen/{id}/kinderen",
                        "GET /gezinnen/{id}/kinderen/{childId}/bewerken",
                        "POST /gezinnen/{id}/kinderen/{childId}/bewerken",
                        "GET /gezinnen/{id}/kinderen/{childId}/verwijderen",
                        "POST /gezinnen/{id}/kinderen/{childId}/verwijderen",
                        "POST /gezinnen/{id}/locatie",
                        "POST /gezinnen/{id}/notities",
                        "POST /gezinnen/{id}/status",
                        "GET /gezinnen/{id}/status/{target}",
                        "GET /gezinnen/{id}/suggesties",
                        "POST /gezinnen/{id}/suggesties",
                        "POST /gezinnen/{id}/verwijderverzoek",
                        "GET /koppelingen",
                        "GET /koppelingen/{id}",
                        "POST /koppelingen/{id}/afsluiten",
                        "POST /koppelingen/{id}/annuleren",
                        "POST /koppelingen/{id}/contacten",
                        "POST /koppelingen/{id}/evaluaties",
                        "POST /koppelingen/{id}/proefperiode",
                        "POST /koppelingen/{id}/signalen",
                        "GET /steungezinnen",
                        "GET /steungezinnen/nieuw",
                        "POST /steungezinnen/nieuw",
                        "GET /steungezinnen/{id}",
                        "GET /steungezinnen/{id}/bewerken",
                        "POST /steungezinnen/{id}/bewerken",
                        "GET /steungezinnen/{id}/gegevensoverzicht",
                        "GET /steungezinnen/{id}/gegevensoverzicht.pdf",
                        "POST /steungezinnen/{id}/intakes",
                        "POST /steungezinnen/{id}/leden",
                        "POST /steungezinnen/{id}/leden/{memberId}/vog-aanvraag",
                        "POST /steungezinnen/{id}/leden/{memberId}/vog-ontvangen",
                        "POST /steungezinnen/{id}/locatie",
                        "POST /steungezinnen/{id}/notities",
                        "POST /steungezinnen/{id}/status",
                        "POST /steungezinnen/{id}/verwijderverzoek",
                        "GET /werk",
                        "POST /werk/aanmeldingen/{id}/oppakken",
                        "GET /werk/agenda",
                        "POST /werk/agenda",
                        "POST /werk/agenda/intrekken"),
                elsewhere(
                        "SubjectRightsTest#onTheScreensTheCoordinatorFilesAndTheOfficerErasesOnlyAfterTicking",
                        "the privacy officer's screens",
                        "GET /privacy/bewaren"),
                elsewhere(
                        "PrivacyApprovalTest#thePrivacyOfficerApprovesOnTheScreenOnlyAfterTickingWhatItMeans",
                        "the privacy officer's approval screens",
                        "GET /privacy/verzoeken",
                        "POST /privacy/verzoeken/verwijderen/{id}/goedkeuren",
                        "POST /privacy/verzoeken/verwijderen/{id}/weigeren",
                        "POST /privacy/verzoeken/{id}/goedkeuren",
                        "POST /privacy/verzoeken/{id}/weigeren"),
                elsewhere(
                        "AdminScreensTest#coordinatorsAreForbiddenAndAnonymousVisitorsMustLogIn",
                        "the network admin's screens, not case work",
                        "GET /beheer",
                        "GET /beheer/gemeenten/nieuw",
                        "POST /beheer/gemeenten/nieuw",
                        "GET /beheer/gemeenten/{code}",
                        "POST /beheer/gemeenten/{code}/aanmeldformulier",
                        "GET /beheer/gemeenten/{code}/annuleren",
                        "POST /beheer/gemeenten/{code}/annuleren",
                        "POST /beheer/gemeenten/{code}/budget",
                        "POST /beheer/gemeenten/{code}/contact",
                        "POST /beheer/gemeenten/{code}/evaluatieperiodes",
                        "POST /beheer/gemeenten/{code}/evaluatieperiodes/{id}/afsluiten",
                        "POST /beheer/gemeenten/{code}/export",
                        "POST /beheer/gemeenten/{code}/gebruikers",
                        "POST /beheer/gemeenten/{code}/gebruikers/{username}/activeren",
                        "GET /beheer/gemeenten/{code}/gebruikers/{username}/api-tokens",
                        "POST /beheer/gemeenten/{code}/gebruikers/{username}/api-tokens",
                        "GET /beheer/gemeenten/{code}/gebruikers/{username}/api-tokens/{id}/intrekken",
                        "POST /beheer/gemeenten/{code}/gebruikers/{username}/api-tokens/{id}/intrekken",
                        "POST /beheer/gemeenten/{code}/gebruikers/{username}/deactiveren",
                        "POST /beheer/gemeenten/{code}/goedkeuring",
                        "POST /beheer/gemeenten/{code}/heractiveren",
                        "GET /beheer/gemeenten/{code}/inrichting",
                        "POST /beheer/gemeenten/{code}/instellingen",
                        "POST /beheer/gemeenten/{code}/opnieuw",
                        "GET /beheer/gemeenten/{code}/opschorten",
                        "POST /beheer/gemeenten/{code}/opschorten",
                        "POST /beheer/gemeenten/{code}/organisaties",
                        "POST /beheer/gemeenten/{code}/uitgaven",
                        "POST /beheer/gemeenten/{code}/uitgaven/inlezen",
                        "POST /beheer/gemeenten/{code}/uitgaven/inlezen/bevestigen",
                        "POST /beheer/gemeenten/{code}/verwijderen"),
                elsewhere(
                        "MonitoringScreensTest#aPeriodOfAnotherMunicipalityDoesNotExistForThePolicyOfficer",
                        "figures without names for the policy officer, not case work",
                        "GET /monitoring",
                        "GET /monitoring/evaluatieperiodes",
                        "GET /monitoring/evaluatieperiodes/{id}",
                        "GET /monitoring/evaluatieperiodes/{id}/rapport.csv",
                        "GET /monitoring/evaluatieperiodes/{id}/rapport.pdf",
                        "GET /monitoring/export.csv",
                        "GET /monitoring/export.pdf"),
                elsewhere(
                        "NetworkMonitoringScreensTest#othersAreRefused",
                        "the network admin's figures, not case work",
                        "GET /beheer/monitoring"),
                elsewhere(
                        "OutboxScreenTest#nobodyElseSeesIt",
                        "the network admin's outbox, not case work",
                        "GET /beheer/gemeenten/{code}/e-mail"),
                elsewhere(
                        "ImportApiTest#onlyTheMunicipalitysOwnCoordinatorMayStartOrReadAnImport",
                        "screens: the municipality is the signed-in coordinator's, not one in the path",
                        "GET /importeren",
                        "POST /importeren",
                        "GET /importeren/{id}",
                        "POST /importeren/{id}/importeren",
                        "GET /importeren/{id}/voortgang"),
                elsewhere(
                        "AccessLogSearchTest#aCoordinatorSeesWhoViewedTheFileAndNobodyElseDoes",
                        "who viewed a file and the privacy officer's log, on screens",
                        "GET /gezinnen/{id}/inzage",
                        "GET /privacy/logboek",
                        "GET /privacy/logboek.csv",
                        "GET /steungezinnen/{id}/inzage"));
    }

    private List<Call> calls() {
        String f = "/families/" + id(family);
        String s = "/support-families/" + id(supportFamily);
        String m = "/matches/" + id(match);
        JsonNode member = supportFamily.get("members").get(0);
        String memberPath = s + "/members/" + member.get("id").asString();
        String vog = member.get("certificates").get(0).get("id").asString();
        String version = Http.json(Map.of("version", 0));
        return List.of(
                new Call("POST", "/families", familyJson()),
                new Call("GET", "/families", null),
                new Call("GET", f, null),
                new Call(
                        "PUT",
                        f,
                        Http.json(Map.of(
                                "version",
                                family.get("version").asLong(),
                                "parentName",
                                "X",
                                "postcode",
                                "7901 AA",
                                "numberOfChildren",
                                1))),
                new Call("POST", f + "/children", Http.json(Map.of("firstName", "X", "birthDate", "2020-01-01"))),
                new Call(
                        "PUT",
                        f + "/children/"
                                + family.get("children").get(0).get("id").asString(),
                        Http.json(Map.of("firstName", "X", "birthDate", "2020-01-01", "version", 0))),
                new Call(
                        "DELETE",
                        f + "/children/"
                                + family.get("children").get(0).get("id").asString(),
                        null),
                new Call("POST", f + "/intakes", CaseWork.intakeJson()),
                new Call("POST", f + "/status", Http.json(Map.of("target", "WITHDRAWN", "version", 0))),
                new Call("GET", f + "/match-suggestions", null),
                new Call(
                        "GET",
                        f + "/match-suggestions/report?childIds="
                                + family.get("children").get(0).get("id").asString(),
                        null),
                new Call("GET", f + "/matches", null),
                new Call("GET", f + "/outcomes", null),
                new Call("POST", f + "/outcomes", Http.json(Map.of("moment", "INTAKE", "parentingStrain", 3))),
                new Call("GET", f + "/timeline", null),
                new Call("POST", f + "/notes", Http.json(Map.of("text", "Notitie"))),
                new Call(
                        "POST",
                        "/support-families",
                        Http.json(Map.of("householdName", "X", "postcode", "7901 AA", "capacity", 1))),
                new Call("GET", "/support-families", null),
                new Call("GET", s, null),
                new Call("PUT", s, Http.json(Map.of("version", 0, "capacity", 1, "minAge", 0, "maxAge", 12))),
                new Call("POST", s + "/members", Http.json(Map.of("firstName", "X", "birthDate", "1980-01-01"))),
                new Call("POST", memberPath + "/vogs", Http.json(Map.of())),
                new Call(
                        "POST",
                        memberPath + "/vogs/" + vog + "/received",
                        Http.json(Map.of("issuedOn", "2026-01-01", "version", 0))),
                new Call("POST", s + "/intakes", CaseWork.intakeJson()),
                new Call("POST", s + "/status", Http.json(Map.of("target", "PAUSED", "version", 0))),
                new Call("GET", s + "/matches", null),
                new Call("GET", s + "/timeline", null),
                new Call("POST", s + "/notes", Http.json(Map.of("text", "Notitie"))),
                new Call("POST", "/matches", hoogeveen.proposal(family, supportFamily, WEDNESDAY)),
                new Call("GET", "/matches", null),
                new Call("GET", m, null),
                new Call("POST", m + "/trial", version),
                new Call("POST", m + "/evaluations", Http.json(Map.of("kind", "TRIAL", "decision", "CONTINUE"))),
                new Call("POST", m + "/contacts", Http.json(Map.of("withWhom", "BOTH"))),
                new Call("POST", m + "/signals", Http.json(Map.of("kind", "OTHER"))),
                new Call("POST", m + "/close", Http.json(Map.of("reason", "OTHER", "version", 0))),
                new Call("POST", m + "/cancel", version),
                new Call("GET", m + "/timeline", null),
                new Call("GET", "/my-work", null),
                new Call("GET", "/my-work?scope=ALL", null),
                new Call("GET", "/my-work/waiting-list", null));
    }

    private Http.Response send(Call call, String authorization) {
        HttpRequest.Builder request = http.request(hoogeveen.base() + call.path(), authorization);
        if (call.body() != null) {
            request.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body()));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request);
    }

    /** What Hoogeveen's records look like now, as their coordinator sees them. */
    private String snapshot() {
        String c = hoogeveen.coordinator();
        return ok(http.get(hoogeveen.base() + "/families/" + id(family), c)).toString()
                + ok(http.get(hoogeveen.base() + "/support-families/" + id(supportFamily), c))
                + ok(http.get(hoogeveen.base() + "/matches/" + id(match), c))
                + ok(http.get(hoogeveen.base() + "/families/" + id(family) + "/timeline", c))
                        .get("totalElements")
                + ok(http.get(hoogeveen.base() + "/families?size=1", c)).get("totalElements")
                + ok(http.get(hoogeveen.base() + "/support-families?size=1", c)).get("totalElements");
    }

    private static String familyJson() {
        return Http.json(Map.of("parentName", "X", "postcode", "7901 AA", "numberOfChildren", 1, "consentGiven", true));
    }
}
