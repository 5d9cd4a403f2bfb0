package nl.naober.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyStatus;
import nl.naober.family.FamilyStatusChange;
import nl.naober.family.LeaveReason;
import nl.naober.programme.IntakeOutcome;
import nl.naober.programme.IntakeVisit;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyStatus;
import nl.naober.supportfamily.SupportFamilyStatusChange;
import org.springframework.stereotype.Component;

/** The sheets intakes and statuswijzigingen: events of a family or a support family (one of the two refs). */
@Component
class CaseEvents {

    private static final Map<String, String> INTAKE_COLUMNS =
            Map.of("visitDate", "datum", "wishes", "wensen", "notes", "notities", "outcome", "uitkomst");
    private static final Map<String, String> STATUS_COLUMNS =
            Map.of("target", "status", "reason", "reden", "explanation", "toelichting", "changedOn", "datum");

    private final FamilyService families;
    private final SupportFamilyService supportFamilies;
    private final ServiceCalls calls;
    private final EventDates dates;

    CaseEvents(FamilyService families, SupportFamilyService supportFamilies, ServiceCalls calls, EventDates dates) {
        this.families = families;
        this.supportFamilies = supportFamilies;
        this.calls = calls;
        this.dates = dates;
    }

    /** A family's or a support family's ref, exactly one of the two. */
    private record Owner(boolean family, String ref) {
        String key() {
            return ImportRun.key(family ? FamilySheets.FAMILY : SupportFamilySheets.SUPPORT_FAMILY, ref);
        }

        String column() {
            return family ? "gezin_ref" : "steungezin_ref";
        }
    }

    private static Owner owner(Cells cells) {
        String family = cells.text("gezin_ref");
        String supportFamily = cells.text("steungezin_ref");
        if ((family == null) == (supportFamily == null)) {
            cells.problem("gezin_ref", "vul gezin_ref óf steungezin_ref in (precies één van de twee)");
            return null;
        }
        return family != null ? new Owner(true, family) : new Owner(false, supportFamily);
    }

    List<ImportEvent> intake(SheetRow row, ImportRun run) {
        Cells cells = new Cells(row, run);
        Owner owner = owner(cells);
        LocalDate date = cells.date("datum");
        IntakeOutcome outcome = cells.code("uitkomst", IntakeOutcome.class);
        IntakeVisit visit = new IntakeVisit(date, "import", cells.text("wensen"), cells.text("notities"), outcome);
        boolean valid = calls.validate(visit, cells, INTAKE_COLUMNS);
        if (owner == null || date == null || outcome == null || !valid || !cells.sound()) {
            return List.of();
        }
        String key = ImportRun.key("intake", owner.key() + "/" + date + "/" + outcome);
        if (!Keys.fresh(key, cells, "datum", ImportKind.INTAKES, run)) {
            return List.of();
        }
        return List.of(new ImportEvent(date, ImportEvent.INTAKE, row, r -> {
            UUID id = resolve(cells, owner, r);
            if (id == null || !dates.notBeforeRegistration(cells, "datum", date, owner.family(), owner.ref(), id, r)) {
                return;
            }
            UUID recorded = owner.family()
                    ? calls.call(cells, "", () -> families.recordIntake(id, visit))
                            .map(v -> v.id())
                            .orElse(null)
                    : calls.call(cells, "", () -> supportFamilies.recordIntake(id, visit))
                            .map(v -> v.id())
                            .orElse(null);
            if (recorded != null) {
                r.created(ImportKind.INTAKES, key, recorded);
            }
        }));
    }

    List<ImportEvent> statusChange(SheetRow row, ImportRun run) {
        Cells cells = new Cells(row, run);
        Owner owner = owner(cells);
        LocalDate date = cells.date("datum");
        String status = cells.text("status");
        if (owner == null || date == null || status == null) {
            return List.of();
        }
        FamilyStatus familyTarget = owner.family() ? cells.code("status", FamilyStatus.class) : null;
        SupportFamilyStatus supportTarget = owner.family() ? null : cells.code("status", SupportFamilyStatus.class);
        LeaveReason reason = cells.code("reden", LeaveReason.class);
        String explanation = cells.text("toelichting");
        if (!cells.sound()) {
            return List.of();
        }
        if (owner.family()
                && !calls.validate(
                        new FamilyStatusChange(familyTarget, 0L, reason, explanation, date), cells, STATUS_COLUMNS)) {
            return List.of();
        }
        String key =
                ImportRun.key("status", owner.key() + "/" + date + "/" + status.toUpperCase(java.util.Locale.ROOT));
        if (!Keys.fresh(key, cells, "datum", ImportKind.STATUSWIJZIGINGEN, run)) {
            return List.of();
        }
        boolean leaves = owner.family() ? !familyTarget.isOpen() : leaves(supportTarget);
        return List.of(new ImportEvent(date, leaves ? ImportEvent.STATUS_OUT : ImportEvent.STATUS_IN, row, r -> {
            UUID id = resolve(cells, owner, r);
            if (id == null || !dates.notBeforeRegistration(cells, "datum", date, owner.family(), owner.ref(), id, r)) {
                return;
            }
            UUID changed = owner.family()
                    ? changeFamilyStatus(cells, id, familyTarget, reason, explanation, date)
                    : changeSupportFamilyStatus(cells, id, supportTarget, date);
            if (changed != null) {
                r.created(ImportKind.STATUSWIJZIGINGEN, key, changed);
            }
        }));
    }

    /** A paused or stopped support family is, for the order of a day's events, one that leaves. */
    private static boolean leaves(SupportFamilyStatus target) {
        return target == SupportFamilyStatus.PAUSED || target == SupportFamilyStatus.STOPPED;
    }

    /** The family's id once changed, null when refused (the refusal is a problem of the row). */
    private UUID changeFamilyStatus(
            Cells cells, UUID id, FamilyStatus target, LeaveReason reason, String explanation, LocalDate date) {
        return calls.call(
                        cells,
                        "status",
                        () -> families.changeStatus(
                                id,
                                new FamilyStatusChange(target, families.get(id).version(), reason, explanation, date)))
                .map(v -> v.id())
                .orElse(null);
    }

    /** The support family's id once changed, null when refused (the refusal is a problem of the row). */
    private UUID changeSupportFamilyStatus(Cells cells, UUID id, SupportFamilyStatus target, LocalDate date) {
        return calls.call(
                        cells,
                        "status",
                        () -> supportFamilies.changeStatus(
                                id,
                                new SupportFamilyStatusChange(
                                        target, supportFamilies.get(id).version(), date)))
                .map(v -> v.id())
                .orElse(null);
    }

    private static UUID resolve(Cells cells, Owner owner, ImportRun run) {
        return owner.family()
                ? References.family(cells, owner.column(), owner.ref(), run)
                : References.supportFamily(cells, owner.column(), owner.ref(), run);
    }
}
