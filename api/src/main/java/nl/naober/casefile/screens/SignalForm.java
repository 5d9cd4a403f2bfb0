package nl.naober.casefile.screens;

import java.io.Serializable;
import java.time.LocalDate;
import nl.naober.matching.MatchVocabulary;
import nl.naober.matching.NewSignal;
import org.springframework.format.annotation.DateTimeFormat;

/** A signal as typed; {@link NewSignal} validates it. */
public class SignalForm implements Serializable {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate notedOn;

    private MatchVocabulary.SignalKind kind;

    private MatchVocabulary.ReportedBy reportedBy;

    private String notes;

    private MatchVocabulary.Referral referral;

    private boolean referralConsent;

    NewSignal toCommand() {
        return new NewSignal(notedOn, kind, reportedBy, notes, referral, referralConsent);
    }

    public LocalDate getNotedOn() {
        return notedOn;
    }

    public void setNotedOn(LocalDate notedOn) {
        this.notedOn = notedOn;
    }

    public MatchVocabulary.SignalKind getKind() {
        return kind;
    }

    public void setKind(MatchVocabulary.SignalKind kind) {
        this.kind = kind;
    }

    public MatchVocabulary.ReportedBy getReportedBy() {
        return reportedBy;
    }

    public void setReportedBy(MatchVocabulary.ReportedBy reportedBy) {
        this.reportedBy = reportedBy;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public MatchVocabulary.Referral getReferral() {
        return referral;
    }

    public void setReferral(MatchVocabulary.Referral referral) {
        this.referral = referral;
    }

    public boolean isReferralConsent() {
        return referralConsent;
    }

    public void setReferralConsent(boolean referralConsent) {
        this.referralConsent = referralConsent;
    }
}
