package nl.naober.timeline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A coordinator's note on a family or support family, kept on its timeline. */
public record NewNote(
        @NotBlank(message = "{note.text.required}") @Size(max = 500, message = "{note.text.size}")
        String text) {}
