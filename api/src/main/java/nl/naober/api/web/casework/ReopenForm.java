package nl.naober.api.web.casework;

import nl.naober.core.family.FamilyReopening;

/** Reopening a declined or withdrawn family, with the reason; {@link FamilyReopening} checks it. */
public class ReopenForm {

    private String reason;

    private Long version;

    static ReopenForm of(long version) {
        ReopenForm form = new ReopenForm();
        form.version = version;
        return form;
    }

    FamilyReopening toCommand() {
        return new FamilyReopening(reason, version);
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
}
