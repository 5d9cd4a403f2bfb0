package nl.naober.settings;

import java.util.List;

/**
 * @param effective what case work and reports use
 * @param overrides the municipality's own values; null where the network's value applies
 * @param fromNetwork names of the effective values that come from the network
 * @param costAssumptions always {@code "indicatief"}: the youth-care amounts are indicative assumptions
 * @param version goes back with a change: the number of saves, 0 while the municipality has no own settings
 */
public record MunicipalitySettingsView(
        String municipalityCode,
        String networkCode,
        SettingValues effective,
        SettingValues overrides,
        List<String> fromNetwork,
        String costAssumptions,
        long version) {}
