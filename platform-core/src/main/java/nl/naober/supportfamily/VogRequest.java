package nl.naober.supportfamily;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * A VOG requested for a member; received at once when {@code issuedOn} is given (e.g. entering an existing VOG).
 *
 * @param requestedOn defaults to today
 */
public record VogRequest(
        @PastOrPresent(message = "{vog.date.future}") LocalDate requestedOn,
        @PastOrPresent(message = "{vog.date.future}") LocalDate issuedOn) {}
