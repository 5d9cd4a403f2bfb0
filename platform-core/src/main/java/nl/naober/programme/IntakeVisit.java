package nl.naober.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.naober.crypto.EncryptedText;

/** An intake visit (kennismaking) at either family: when, by whom, their wishes, notes and the outcome. */
@Embeddable
public record IntakeVisit(
        @NotNull(message = "{intake.visitDate.required}")
        @PastOrPresent(message = "{intake.visitDate.future}")
        @Column(name = "visit_date", nullable = false)
        LocalDate visitDate,

        @Column(nullable = false, length = 100) String coordinator,

        @Size(max = 2000, message = "{field.max2000}") @Column(length = 2000) @Convert(converter = EncryptedText.class)
        String wishes,

        @Size(max = 4000, message = "{field.max4000}") @Column(length = 4000) @Convert(converter = EncryptedText.class)
        String notes,

        @NotNull(message = "{intake.outcome.required}")
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        IntakeOutcome outcome) {

    public IntakeVisit withCoordinator(String username) {
        return new IntakeVisit(visitDate, username, wishes, notes, outcome);
    }
}
