package nl.naober.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.naober.approval.ApprovalKind;

/**
 * A network admin's request for the privacy officer's approval.
 *
 * @param reason why, for the privacy officer; no personal data
 */
record ApprovalRequest(
        @NotNull(message = "{approval.kind.required}") ApprovalKind kind,

        @NotBlank(message = "{approval.reason.required}") @Size(max = 500, message = "{approval.reason.size}")
        String reason) {}
