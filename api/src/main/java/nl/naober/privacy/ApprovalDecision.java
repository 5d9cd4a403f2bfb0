package nl.naober.privacy;

import jakarta.validation.constraints.Size;

/** The privacy officer's optional note with a decision. */
record ApprovalDecision(
        @Size(max = 500, message = "{approval.note.size}") String note) {}
