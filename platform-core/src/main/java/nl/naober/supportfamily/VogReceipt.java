package nl.naober.supportfamily;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * A requested VOG arrived. @param receivedOn defaults to today. @param version the support family's version the
 * receipt starts from: a stale one is refused (409), so a second receipt of the same VOG cannot silently replace the
 * first one's dates (issue 17). Required in the REST API; null where the caller made the request in the same step
 * (an import) or picks the open request itself (the screen).
 */
public record VogReceipt(
        @PastOrPresent(message = "{vog.date.future}") LocalDate receivedOn,

        @NotNull(message = "{vog.issuedOn.required}") @PastOrPresent(message = "{vog.date.future}")
        LocalDate issuedOn,

        Long version) {

    public VogReceipt(LocalDate receivedOn, LocalDate issuedOn) {
        this(receivedOn, issuedOn, null);
    }
}
