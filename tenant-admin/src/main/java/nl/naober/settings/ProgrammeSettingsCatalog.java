package nl.naober.settings;

import java.time.Clock;
import java.util.List;
import nl.naober.audit.AdminAudit;
import nl.naober.audit.AuditEvent;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads and changes the programme settings of networks and municipalities; every change is audited and applies to
 * case work from its commit on. Who may call what is the web layer's rule.
 */
@Service
public class ProgrammeSettingsCatalog {

    public static final String COST_ASSUMPTIONS = "indicatief";

    private final NetworkSettingsRepository networks;
    private final MunicipalitySettingsRepository municipalities;
    private final MunicipalityRegistry registry;
    private final EffectiveSettingsCache cache;
    private final AdminAudit audit;
    private final Clock clock;

    ProgrammeSettingsCatalog(
            NetworkSettingsRepository networks,
            MunicipalitySettingsRepository municipalities,
            MunicipalityRegistry registry,
            EffectiveSettingsCache cache,
            AdminAudit audit,
            Clock clock) {
        this.networks = networks;
        this.municipalities = municipalities;
        this.registry = registry;
        this.cache = cache;
        this.audit = audit;
        this.clock = clock;
    }

    @CatalogTransactional(readOnly = true)
    public NetworkSettingsView network(String networkCode) {
        return networks.findById(networkCode)
                .map(stored -> new NetworkSettingsView(
                        networkCode, stored.values(), false, COST_ASSUMPTIONS, saves(stored.version())))
                .orElseGet(() -> new NetworkSettingsView(
                        networkCode, SettingValues.PLATFORM_DEFAULTS, true, COST_ASSUMPTIONS, saves(null)));
    }

    /** Null values become the platform defaults. */
    @CatalogTransactional
    public NetworkSettingsView changeNetwork(String networkCode, SettingsUpdate update) {
        NetworkSettings stored = networks.findById(networkCode).orElse(null);
        String before = stored == null ? null : stored.values().auditState();
        StaleVersionException.check(
                "network settings", update.version(), saves(stored == null ? null : stored.version()));
        if (stored == null) {
            stored = new NetworkSettings(networkCode);
        }
        stored.change(update.values().normalised(), clock.instant());
        stored = networks.saveAndFlush(stored);
        audit.record(new AuditEvent(
                "NETWORK_SETTINGS_CHANGED",
                networkCode,
                null,
                "settings " + networkCode,
                before,
                stored.values().auditState()));
        invalidateAfterCommit();
        return network(networkCode);
    }

    @CatalogTransactional(readOnly = true)
    public MunicipalitySettingsView municipality(String municipalityCode) {
        MunicipalitySummary municipality = find(municipalityCode);
        SettingValues network = network(municipality.networkCode()).values();
        MunicipalitySettings stored = municipalities.findById(municipalityCode).orElse(null);
        SettingValues overrides = stored == null ? SettingColumns.values(null) : stored.overrides();
        return new MunicipalitySettingsView(
                municipalityCode,
                municipality.networkCode(),
                overrides.orElse(network),
                overrides,
                List.copyOf(overrides.inherited()),
                COST_ASSUMPTIONS,
                saves(stored == null ? null : stored.version()));
    }

    /** Replaces the municipality's own values; a null value means "the network's". */
    @CatalogTransactional
    public MunicipalitySettingsView changeMunicipality(String municipalityCode, SettingsUpdate update) {
        MunicipalitySummary municipality = find(municipalityCode);
        MunicipalitySettings stored = municipalities.findById(municipalityCode).orElse(null);
        String before = stored == null ? null : stored.overrides().auditState();
        StaleVersionException.check(
                "municipality settings", update.version(), saves(stored == null ? null : stored.version()));
        if (stored == null) {
            stored = new MunicipalitySettings(municipalityCode);
        }
        stored.change(update.values().normalised(), clock.instant());
        stored = municipalities.saveAndFlush(stored);
        audit.record(new AuditEvent(
                "MUNICIPALITY_SETTINGS_CHANGED",
                municipality.networkCode(),
                municipalityCode,
                "settings " + municipalityCode,
                before,
                stored.overrides().auditState()));
        invalidateAfterCommit();
        return municipality(municipalityCode);
    }

    /**
     * The effective settings of a municipality for reports (e.g. the youth-care assumptions and the suppression
     * threshold), from the same cache case work reads.
     */
    public SettingValues effective(String municipalityCode) {
        return cache.effective(municipalityCode);
    }

    private MunicipalitySummary find(String municipalityCode) {
        return registry.findActiveMunicipality(municipalityCode)
                .orElseThrow(() -> NotFoundException.of("municipality", null));
    }

    /**
     * The version the API shows and expects: the number of saves, 0 while nothing is stored (the row's own
     * optimistic-lock version starts at 0 with the first save). So two admins who both saw "nothing stored yet"
     * cannot both save: the second is stale, and a concurrent first save fails on the primary key.
     */
    static long saves(Long rowVersion) {
        return rowVersion == null ? 0 : rowVersion + 1;
    }

    private void invalidateAfterCommit() {
        cache.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.invalidateAll();
                }
            });
        }
    }
}
