package nl.naober.dates;

import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.CaseWork.version;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.account.LocalAccounts;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.NewMunicipality;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * Case work of a programme entered afterwards, through the REST API, every step with the date it really happened: a
 * coordinator of a municipality of its own (no demo data, so its figures are exactly what the test entered).
 */
final class DatedCaseWork {

    final Http http;
    final String code;
    final String base;
    final String coordinator;

    private DatedCaseWork(Http http, String code) {
        this.http = http;
        this.code = code;
        this.base = "/api/v1/municipalities/" + code;
        this.coordinator = Http.basic("coordinator." + code);
    }

    /** Onboards a municipality of the network Buurtgezinnen with a coordinator {@code coordinator.<code>}. */
    static DatedCaseWork onboard(
            Http http, MunicipalityProvisioning provisioning, LocalAccounts accounts, String prefix) {
        String code = prefix + "-" + Long.toString(System.nanoTime(), 36);
        provisioning.provision(new NewMunicipality(code, "Datums " + code, CbsCodes.free(), "buurtgezinnen"));
        accounts.createWithHash(
                CurrentUser.of("coordinator." + code, Role.COORDINATOR, code), accounts.hash(Http.DEMO_PASSWORD));
        return new DatedCaseWork(http, code);
    }

    Http.Response post(String path, Object body) {
        return http.post(base + path, coordinator, Http.json(body));
    }

    JsonNode get(String path) {
        return ok(http.get(base + path, coordinator));
    }

    JsonNode family(String name, String registered) {
        Map<String, Object> family = new LinkedHashMap<>();
        family.put("parentName", name);
        family.put("postcode", "7941 AB");
        family.put("city", "Meppel");
        family.put("latitude", 52.696);
        family.put("longitude", 6.194);
        family.put("numberOfChildren", 1);
        family.put("source", "SELF_REGISTRATION");
        family.put("preferredDayParts", List.of("WEDNESDAY_AFTERNOON"));
        family.put("consentGiven", true);
        family.put("registrationDate", registered);
        family.put("children", List.of(Map.of("firstName", "Kind", "birthDate", "2017-05-01", "needs", List.of())));
        return created(post("/families", family));
    }

    JsonNode familyIntake(JsonNode family, String on) {
        return created(post("/families/" + id(family) + "/intakes", intake(on)));
    }

    JsonNode familyStatus(JsonNode family, String target, String on) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("target", target);
        change.put("version", version(current(family)));
        change.put("changedOn", on);
        if (target.equals("WITHDRAWN")) {
            change.put("reason", "NO_LONGER_NEEDED");
        } else if (target.equals("DECLINED")) {
            change.put("reason", "NEEDS_PROFESSIONAL_CARE");
        }
        return ok(post("/families/" + id(family) + "/status", change));
    }

    /** Registered, intake, waiting: three dates. */
    JsonNode waitingFamily(String name, String registered, String intake, String waiting) {
        JsonNode family = family(name, registered);
        familyIntake(family, intake);
        return familyStatus(family, "WAITING", waiting);
    }

    JsonNode current(JsonNode family) {
        return get("/families/" + id(family));
    }

    JsonNode supportFamily(String name, String registered) {
        Map<String, Object> supportFamily = new LinkedHashMap<>();
        supportFamily.put("householdName", name);
        supportFamily.put("postcode", "7942 AB");
        supportFamily.put("city", "Meppel");
        supportFamily.put("latitude", 52.70);
        supportFamily.put("longitude", 6.20);
        supportFamily.put("availableDayParts", List.of("WEDNESDAY_AFTERNOON", "SATURDAY_MORNING"));
        supportFamily.put("capacity", 2);
        supportFamily.put("minAge", 0);
        supportFamily.put("maxAge", 17);
        supportFamily.put("members", List.of(Map.of("firstName", "Ans", "birthDate", "1975-03-01")));
        supportFamily.put("registrationDate", registered);
        return created(post("/support-families", supportFamily));
    }

    /** A VOG for every adult, issued on {@code vogIssued}, and an intake on {@code intake}: in screening. */
    JsonNode screenSupportFamily(JsonNode supportFamily, String vogIssued, String intake) {
        UUID id = id(supportFamily);
        for (JsonNode member : supportFamily.get("members")) {
            created(post(
                    "/support-families/" + id + "/members/" + member.get("id").asString() + "/vogs",
                    Map.of("requestedOn", vogIssued, "issuedOn", vogIssued)));
        }
        return supportFamilyIntake(supportFamily, intake);
    }

    JsonNode supportFamilyIntake(JsonNode supportFamily, String on) {
        return created(post("/support-families/" + id(supportFamily) + "/intakes", intake(on)));
    }

    Http.Response supportFamilyStatus(JsonNode supportFamily, String target, String on) {
        JsonNode current = get("/support-families/" + id(supportFamily));
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("target", target);
        change.put("version", version(current));
        if (on != null) {
            change.put("changedOn", on);
        }
        return post("/support-families/" + id(supportFamily) + "/status", change);
    }

    /** Registered, VOG, intake and AVAILABLE, each on its own day. */
    JsonNode availableSupportFamily(String name, String registered, String vog, String intake, String available) {
        JsonNode supportFamily = supportFamily(name, registered);
        screenSupportFamily(supportFamily, vog, intake);
        return ok(supportFamilyStatus(supportFamily, "AVAILABLE", available));
    }

    Http.Response proposal(JsonNode family, JsonNode supportFamily, String on) {
        List<String> children = new ArrayList<>();
        family.get("children").forEach(c -> children.add(c.get("id").asString()));
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("familyId", id(family).toString());
        proposal.put("supportFamilyId", id(supportFamily).toString());
        proposal.put("childIds", children);
        proposal.put("dayParts", List.of("WEDNESDAY_AFTERNOON"));
        if (on != null) {
            proposal.put("proposedOn", on);
        }
        return post("/matches", proposal);
    }

    JsonNode propose(JsonNode family, JsonNode supportFamily, String on) {
        return created(proposal(family, supportFamily, on));
    }

    JsonNode match(JsonNode match) {
        return get("/matches/" + id(match));
    }

    Http.Response trialStart(JsonNode match, String on) {
        return post("/matches/" + id(match) + "/trial", Map.of("startDate", on, "version", version(match(match))));
    }

    JsonNode startTrial(JsonNode match, String on) {
        return ok(trialStart(match, on));
    }

    JsonNode evaluate(JsonNode match, String decision, String on) {
        Map<String, Object> evaluation = new java.util.HashMap<>(
                Map.of("kind", "TRIAL", "heldOn", on, "decision", decision, "endTrialEarly", true));
        if (decision.equals("END")) {
            evaluation.put("endReason", "NO_CLICK");
        }
        return created(post("/matches/" + id(match) + "/evaluations", evaluation));
    }

    Http.Response closing(JsonNode match, String reason, String on) {
        return post(
                "/matches/" + id(match) + "/close",
                Map.of("endedOn", on, "reason", reason, "version", version(match(match))));
    }

    JsonNode close(JsonNode match, String reason, String on) {
        return ok(closing(match, reason, on));
    }

    JsonNode cancel(JsonNode match, String on) {
        return ok(
                post("/matches/" + id(match) + "/cancel", Map.of("version", version(match(match)), "cancelledOn", on)));
    }

    static Map<String, Object> intake(String on) {
        return Map.of("visitDate", on, "wishes", "Een vaste middag", "notes", "Kennismaking", "outcome", "SUITABLE");
    }
}
