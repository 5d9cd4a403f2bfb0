package nl.naober.monitoring.catalog;

import nl.naober.monitoring.MonitoringSettings;
import nl.naober.settings.ProgrammeSettingsCatalog;
import nl.naober.settings.SettingValues;
import org.springframework.stereotype.Component;

/** Monitoring's settings port: the effective settings of the catalog (network default or municipality override). */
@Component
class CatalogMonitoringSettings implements MonitoringSettings {

    private final ProgrammeSettingsCatalog settings;

    CatalogMonitoringSettings(ProgrammeSettingsCatalog settings) {
        this.settings = settings;
    }

    @Override
    public Values effective(String municipalityCode) {
        SettingValues values = settings.effective(municipalityCode);
        return new Values(
                values.suppressionThreshold(),
                values.youthCareCostPerYear(),
                values.placementCostPerYear(),
                values.avoidedPlacementPercentage());
    }
}
