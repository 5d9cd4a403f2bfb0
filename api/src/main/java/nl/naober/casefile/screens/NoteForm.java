package nl.naober.casefile.screens;

import java.io.Serializable;
import nl.naober.timeline.NewNote;

/** A note as typed on a detail page; {@link NewNote} validates it. */
public class NoteForm implements Serializable {

    private String text;

    NewNote toCommand() {
        return new NewNote(text);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
