package nl.naober.importing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.naober.family.FamilyService;
import org.springframework.stereotype.Component;

/**
 * The order of a case's dates, checked before a service is called so the problem can name the record and the date
 * it conflicts with in the file's own terms ("ligt vóór de aanmelddatum van gezin MEP-031 (03-02-2021)"). The
 * services check the same order themselves.
 */
@Component
class EventDates {

    private final FamilyService families;

    EventDates(FamilyService families) {
        this.families = families;
    }

    boolean notBeforeRegistration(
            Cells cells, String column, LocalDate date, boolean family, String ref, UUID id, ImportRun run) {
        String key = ImportRun.key(family ? FamilySheets.FAMILY : SupportFamilySheets.SUPPORT_FAMILY, ref);
        Optional<LocalDate> registered = run.date(key);
        if (registered.isEmpty() && family) {
            registered = Optional.of(families.get(id).registrationDate());
            run.date(key, registered.get());
        }
        return registered
                .map(on -> notBefore(
                        cells, column, date, on, "de aanmelddatum van " + (family ? "gezin " : "steungezin ") + ref))
                .orElse(true);
    }

    /** True when {@code date} is on or after {@code earliest}; else a problem naming what it conflicts with. */
    static boolean notBefore(Cells cells, String column, LocalDate date, LocalDate earliest, String what) {
        if (date.isBefore(earliest)) {
            cells.problem(column, "ligt vóór " + what + " (" + Cells.dutch(earliest) + ")");
            return false;
        }
        return true;
    }
}
