package nl.naober.importing;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.naober.programme.EventDateException;
import org.springframework.stereotype.Component;

/**
 * Calls a service for one row: a refusal (a broken rule, a transition the state machine does not allow) becomes a
 * problem in the row's column and the run goes on to find the next; anything else stops the run, since the
 * transaction may no longer be usable.
 */
@Component
class ServiceCalls {

    /** The column each command's date field is read from, for a date the service refuses. */
    private static final Map<String, String> DATE_COLUMNS = Map.ofEntries(
            Map.entry("registrationDate", "aanmelddatum"),
            Map.entry("changedOn", "datum"),
            Map.entry("visitDate", "datum"),
            Map.entry("proposedOn", "voorgesteld_op"),
            Map.entry("startDate", "start_proef"),
            Map.entry("cancelledOn", "geannuleerd_op"),
            Map.entry("heldOn", "datum"),
            Map.entry("endedOn", "datum"),
            Map.entry("measuredOn", "datum"),
            Map.entry("requestedOn", "vog_aangevraagd"),
            Map.entry("receivedOn", "vog_ontvangen"),
            Map.entry("issuedOn", "vog_afgiftedatum"));

    private final DomainMessages messages;

    ServiceCalls(DomainMessages messages) {
        this.messages = messages;
    }

    <T> Optional<T> call(Cells cells, String column, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException e) {
            Optional<String> refusal = messages.describe(e);
            if (refusal.isEmpty()) {
                throw new ImportAborted(cells.row(), e);
            }
            cells.problem(
                    e instanceof EventDateException date ? DATE_COLUMNS.getOrDefault(date.field(), column) : column,
                    refusal.get());
            return Optional.empty();
        }
    }

    boolean validate(Object command, Cells cells, java.util.Map<String, String> columns) {
        return messages.validate(command, cells, columns);
    }

    /** A failure that is not a refusal: the run stops at this row and nothing is kept. */
    static final class ImportAborted extends RuntimeException {
        private final transient SheetRow row;

        ImportAborted(SheetRow row, RuntimeException cause) {
            super("Import stopped at " + row.kind().sheet() + " row " + row.number(), cause);
            this.row = row;
        }

        SheetRow row() {
            return row;
        }
    }
}
