package nl.naober.matching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.naober.matching.MatchVocabulary.ContactWith;

/** A contact moment. @param heldOn defaults to today */
public record NewContact(
        @PastOrPresent(message = "{date.future}") LocalDate heldOn,
        @NotNull(message = "{contact.withWhom.required}") ContactWith withWhom,
        @Size(max = 4000, message = "{field.max4000}") String notes) {}
