package nl.naober.settings;

/**
 * @param values the network's defaults for its municipalities
 * @param platformDefaults true while the network has stored no settings of its own
 * @param costAssumptions always {@code "indicatief"}
 * @param version goes back with a change: the number of saves, 0 while the network has no own settings
 */
public record NetworkSettingsView(
        String networkCode, SettingValues values, boolean platformDefaults, String costAssumptions, long version) {}
