package nl.naober.api.web.casework;

import nl.naober.core.timeline.NewNote;

/** A note as typed on a detail page; {@link NewNote} validates it. */
public class NoteForm {

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
