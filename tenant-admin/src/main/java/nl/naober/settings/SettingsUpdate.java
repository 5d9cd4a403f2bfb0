package nl.naober.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * New settings with the version they were read at (0 when none were stored yet), required: without it two admins
 * editing at once would silently overwrite each other. For a municipality a null value means "the network's"; for a
 * network, "the platform default".
 */
public record SettingsUpdate(
        @NotNull @Valid SettingValues values,
        @NotNull(message = "{version.required}") Long version) {}
