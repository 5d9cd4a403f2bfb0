package nl.naober.core.supportfamily;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** A requested VOG arrived. @param receivedOn defaults to today */
public record VogReceipt(
        @PastOrPresent(message = "{vog.date.future}") LocalDate receivedOn,

        @NotNull(message = "{vog.issuedOn.required}") @PastOrPresent(message = "{vog.date.future}")
        LocalDate issuedOn) {}
