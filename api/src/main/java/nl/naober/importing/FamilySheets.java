package nl.naober.importing;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.naober.family.ChildView;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyView;
import nl.naober.family.NewChild;
import nl.naober.family.NewFamily;
import nl.naober.family.RegistrationReason;
import nl.naober.family.RegistrationSource;
import nl.naober.programme.NeedCategory;
import nl.naober.timeline.Timeline;
import nl.naober.timeline.TimelineEvent;
import org.springframework.stereotype.Component;

/** The sheets gezinnen and kinderen: each family registered on its own date, then its children. */
@Component
class FamilySheets {

    static final String FAMILY = "gezin";
    static final String CHILD = "kind";

    private static final Map<String, String> FAMILY_COLUMNS = Map.ofEntries(
            Map.entry("parentName", "naam_ouder"),
            Map.entry("secondParentName", "naam_tweede_ouder"),
            Map.entry("contactEmail", "email"),
            Map.entry("phone", "telefoon"),
            Map.entry("street", "straat"),
            Map.entry("houseNumber", "huisnummer"),
            Map.entry("postcode", "postcode"),
            Map.entry("city", "plaats"),
            Map.entry("numberOfChildren", "aantal_kinderen"),
            Map.entry("reasonOther", "reden_anders"),
            Map.entry("referringOrganisation", "verwijzer"),
            Map.entry("dayPartsPerWeek", "dagdelen_per_week"),
            Map.entry("consentGiven", "toestemming"),
            Map.entry("registrationDate", "aanmelddatum"));

    private static final PeopleRow FAMILIES = new PeopleRow(FAMILY, ImportKind.GEZINNEN, FAMILY_COLUMNS);
    private static final Map<String, String> CHILD_COLUMNS =
            Map.of("firstName", "voornaam", "birthDate", "geboortedatum", "needsText", "behoeften_toelichting");

    private final FamilyService families;
    private final Timeline timeline;
    private final ServiceCalls calls;

    FamilySheets(FamilyService families, Timeline timeline, ServiceCalls calls) {
        this.families = families;
        this.timeline = timeline;
        this.calls = calls;
    }

    void family(SheetRow row, ImportRun run) {
        Cells cells = new Cells(row, run);
        String ref = cells.text("ref");
        LocalDate registered = cells.date("aanmelddatum");
        Integer children = numberOfChildren(cells, ref, run);
        NewFamily command = new NewFamily(
                cells.text("naam_ouder"),
                cells.text("naam_tweede_ouder"),
                cells.text("email"),
                cells.text("telefoon"),
                cells.text("straat"),
                cells.text("huisnummer"),
                cells.text("postcode"),
                cells.text("plaats"),
                null,
                null,
                children,
                cells.codes("redenen", RegistrationReason.class),
                cells.text("reden_anders"),
                cells.code("bron", RegistrationSource.class),
                cells.text("verwijzer"),
                cells.integer("dagdelen_per_week"),
                cells.dayParts("dagdelen"),
                cells.yesNo("toestemming"),
                "import",
                registered,
                null);
        FAMILIES.register(
                cells,
                run,
                calls,
                ref,
                registered,
                command,
                () -> families.register(command).id(),
                id -> timeline.record(
                        TimelineEvent.family(id, "IMPORTED", run.file().name())));
    }

    /** As given, else the family's rows in the children's sheet (at least 1). */
    private static Integer numberOfChildren(Cells cells, String ref, ImportRun run) {
        Integer children = cells.integer("aantal_kinderen");
        if (children != null) {
            return children;
        }
        long rows = run.file().rows(ImportKind.KINDEREN).stream()
                .filter(child -> java.util.Objects.equals(ref, child.get("gezin_ref")))
                .count();
        return (int) Math.max(1, rows);
    }

    void child(SheetRow row, ImportRun run) {
        Cells cells = new Cells(row, run);
        String familyRef = cells.text("gezin_ref");
        String firstName = cells.text("voornaam");
        LocalDate birthDate = cells.date("geboortedatum");
        NewChild command = new NewChild(
                firstName,
                birthDate,
                cells.codes("behoeften", NeedCategory.class),
                cells.text("behoeften_toelichting"));
        if (familyRef == null || firstName == null || birthDate == null) {
            return;
        }
        String key = ImportRun.key(CHILD, familyRef + "/" + firstName + "/" + birthDate);
        String twice = "dit kind staat al eerder in dit blad bij gezin " + familyRef;
        if (!Keys.fresh(key, cells, "voornaam", twice, ImportKind.KINDEREN, run)) {
            return;
        }
        UUID familyId = References.family(cells, "gezin_ref", familyRef, run);
        if (!calls.validate(command, cells, CHILD_COLUMNS) || !cells.sound() || familyId == null) {
            return;
        }
        calls.call(cells, "", () -> families.addChild(familyId, command)).ifPresent(family -> {
            UUID childId = newChild(family, command, run);
            run.created(ImportKind.KINDEREN, key, childId);
        });
    }

    /** The child just added: same name and birth date, not yet known to this run. */
    private static UUID newChild(FamilyView family, NewChild command, ImportRun run) {
        return family.children().stream()
                .filter(c -> c.firstName().equals(command.firstName().strip())
                        && c.birthDate().equals(command.birthDate()))
                .map(ChildView::id)
                .filter(id -> !run.isCreatedHere(id))
                .findFirst()
                .orElseThrow();
    }
}
