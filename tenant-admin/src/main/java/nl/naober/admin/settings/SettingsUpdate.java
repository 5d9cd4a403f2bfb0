package nl.naober.admin.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * New settings with the version they were read at ({@code null} when none were stored yet). For a municipality a
 * null value means "the network's"; for a network, "the platform default".
 */
public record SettingsUpdate(@NotNull @Valid SettingValues values, Long version) {}
