package nl.naober.importing;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.naober.programme.NeedCategory;
import nl.naober.supportfamily.MemberView;
import nl.naober.supportfamily.NewHouseholdMember;
import nl.naober.supportfamily.NewSupportFamily;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyView;
import nl.naober.supportfamily.VogReceipt;
import nl.naober.supportfamily.VogRequest;
import nl.naober.timeline.Timeline;
import nl.naober.timeline.TimelineEvent;
import org.springframework.stereotype.Component;

/** The sheets steungezinnen and huisgenoten: each support family, then its household with their VOGs. */
@Component
class SupportFamilySheets {

    static final String SUPPORT_FAMILY = "steungezin";
    static final String MEMBER = "huisgenoot";

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("householdName", "naam_huishouden"),
            Map.entry("email", "email"),
            Map.entry("phone", "telefoon"),
            Map.entry("street", "straat"),
            Map.entry("houseNumber", "huisnummer"),
            Map.entry("postcode", "postcode"),
            Map.entry("city", "plaats"),
            Map.entry("capacity", "capaciteit"),
            Map.entry("minAge", "min_leeftijd"),
            Map.entry("maxAge", "max_leeftijd"),
            Map.entry("experienceText", "ervaring_toelichting"),
            Map.entry("preferences", "voorkeuren"),
            Map.entry("registrationDate", "aanmelddatum"));

    private static final PeopleRow SUPPORT_FAMILIES = new PeopleRow(SUPPORT_FAMILY, ImportKind.STEUNGEZINNEN, COLUMNS);
    private static final Map<String, String> MEMBER_COLUMNS =
            Map.of("firstName", "voornaam", "birthDate", "geboortedatum");
    private static final Map<String, String> VOG_COLUMNS =
            Map.of("requestedOn", "vog_aangevraagd", "receivedOn", "vog_ontvangen", "issuedOn", "vog_afgiftedatum");

    private final SupportFamilyService supportFamilies;
    private final Timeline timeline;
    private final ServiceCalls calls;

    SupportFamilySheets(SupportFamilyService supportFamilies, Timeline timeline, ServiceCalls calls) {
        this.supportFamilies = supportFamilies;
        this.timeline = timeline;
        this.calls = calls;
    }

    void supportFamily(SheetRow row, ImportRun run) {
        Cells cells = new Cells(row, run);
        String ref = cells.text("ref");
        LocalDate registered = cells.date("aanmelddatum");
        NewSupportFamily command = new NewSupportFamily(
                cells.text("naam_huishouden"),
                cells.text("email"),
                cells.text("telefoon"),
                cells.text("straat"),
                cells.text("huisnummer"),
                cells.text("postcode"),
                cells.text("plaats"),
                null,
                null,
                cells.dayParts("dagdelen"),
                cells.integer("capaciteit"),
                cells.integer("min_leeftijd"),
                cells.integer("max_leeftijd"),
                cells.codes("ervaring", NeedCategory.class),
                cells.text("ervaring_toelichting"),
                cells.text("voorkeuren"),
                null,
                registered);
        SUPPORT_FAMILIES.register(
                cells,
                run,
                calls,
                ref,
                registered,
                command,
                () -> supportFamilies.register(command).id(),
                id -> timeline.record(
                        TimelineEvent.supportFamily(id, "IMPORTED", run.file().name())));
    }

    void member(SheetRow row, ImportRun run) {
        Cells cells = new Cells(row, run);
        String ref = cells.text("steungezin_ref");
        String firstName = cells.text("voornaam");
        LocalDate birthDate = cells.date("geboortedatum");
        LocalDate requested = cells.date("vog_aangevraagd");
        LocalDate received = cells.date("vog_ontvangen");
        LocalDate issued = cells.date("vog_afgiftedatum");
        if (ref == null || firstName == null || birthDate == null) {
            return;
        }
        String key = ImportRun.key(MEMBER, ref + "/" + firstName + "/" + birthDate);
        String twice = "deze huisgenoot staat al eerder in dit blad bij steungezin " + ref;
        if (!Keys.fresh(key, cells, "voornaam", twice, ImportKind.HUISGENOTEN, run)) {
            return;
        }
        checkVogDates(cells, requested, received, issued);
        NewHouseholdMember command = new NewHouseholdMember(firstName, birthDate);
        LocalDate requestedOn = requested != null ? requested : issued;
        VogRequest request = new VogRequest(requestedOn, null);
        VogReceipt receipt = issued == null ? null : new VogReceipt(received != null ? received : issued, issued);
        boolean valid = calls.validate(command, cells, MEMBER_COLUMNS)
                & calls.validate(request, cells, VOG_COLUMNS)
                & (receipt == null || calls.validate(receipt, cells, VOG_COLUMNS));
        UUID supportFamilyId = References.supportFamily(cells, "steungezin_ref", ref, run);
        if (!valid || !cells.sound() || supportFamilyId == null) {
            return;
        }
        calls.call(cells, "", () -> supportFamilies.addMember(supportFamilyId, command))
                .map(view -> newMember(view, command, run))
                .ifPresent(memberId -> {
                    if (requestedOn != null) {
                        calls.call(cells, "vog_aangevraagd", () -> vog(supportFamilyId, memberId, request, receipt));
                    }
                    run.created(ImportKind.HUISGENOTEN, key, memberId);
                });
    }

    /** A VOG is received on or after its request and its issue, and a received one has an issue date. */
    private static void checkVogDates(Cells cells, LocalDate requested, LocalDate received, LocalDate issued) {
        if (received != null && issued == null) {
            cells.problem("vog_afgiftedatum", "een ontvangen VOG heeft een afgiftedatum nodig");
        }
        if (requested != null && received != null && received.isBefore(requested)) {
            cells.problem("vog_ontvangen", "ligt vóór de aanvraag (" + Cells.dutch(requested) + ")");
        }
        if (issued != null && received != null && received.isBefore(issued)) {
            cells.problem("vog_ontvangen", "ligt vóór de afgiftedatum (" + Cells.dutch(issued) + ")");
        }
    }

    private SupportFamilyView vog(UUID supportFamilyId, UUID memberId, VogRequest request, VogReceipt receipt) {
        SupportFamilyView view = supportFamilies.requestVog(supportFamilyId, memberId, request);
        if (receipt == null) {
            return view;
        }
        UUID certificateId = view.members().stream()
                .filter(m -> m.id().equals(memberId))
                .flatMap(m -> m.certificates().stream())
                .filter(c -> c.receivedOn() == null)
                .findFirst()
                .orElseThrow()
                .id();
        return supportFamilies.receiveVog(supportFamilyId, memberId, certificateId, receipt);
    }

    private static UUID newMember(SupportFamilyView view, NewHouseholdMember command, ImportRun run) {
        return view.members().stream()
                .filter(m -> m.firstName().equals(command.firstName().strip())
                        && m.birthDate().equals(command.birthDate()))
                .map(MemberView::id)
                .filter(id -> !run.isCreatedHere(id))
                .findFirst()
                .orElseThrow();
    }
}
