package nl.naober.casefile.screens;

import java.io.Serializable;
import java.time.LocalDate;
import nl.naober.matching.MatchVocabulary;
import nl.naober.matching.NewContact;
import org.springframework.format.annotation.DateTimeFormat;

/** A contact moment as typed; {@link NewContact} validates it. */
public class ContactForm implements Serializable {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    private MatchVocabulary.ContactWith withWhom;

    private String notes;

    NewContact toCommand() {
        return new NewContact(heldOn, withWhom, notes);
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public MatchVocabulary.ContactWith getWithWhom() {
        return withWhom;
    }

    public void setWithWhom(MatchVocabulary.ContactWith withWhom) {
        this.withWhom = withWhom;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
