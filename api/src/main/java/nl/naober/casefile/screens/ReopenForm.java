package nl.naober.casefile.screens;

import java.io.Serializable;
import java.time.LocalDate;
import nl.naober.family.FamilyReopening;
import org.springframework.format.annotation.DateTimeFormat;

/** Reopening a declined or withdrawn family, with the reason; {@link FamilyReopening} checks it. */
public class ReopenForm implements Serializable {

    private String reason;

    private Long version;

    /** When it happened, if before today (issue 16); empty is today. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reopenedOn;

    static ReopenForm of(long version) {
        ReopenForm form = new ReopenForm();
        form.version = version;
        return form;
    }

    FamilyReopening toCommand() {
        return new FamilyReopening(reason, version, reopenedOn);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public LocalDate getReopenedOn() {
        return reopenedOn;
    }

    public void setReopenedOn(LocalDate reopenedOn) {
        this.reopenedOn = reopenedOn;
    }
}
