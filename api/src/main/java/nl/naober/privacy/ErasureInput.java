package nl.naober.privacy;

import jakarta.validation.constraints.NotNull;
import nl.naober.retention.ErasureGround;

/** A coordinator's erasure request: only the ground of AVG art. 17(1), so the request holds no personal data. */
record ErasureInput(
        @NotNull(message = "{erasure.ground.required}") ErasureGround ground) {}
