package nl.naober.settings;

import java.time.Period;
import nl.naober.programme.ProgrammeSettings;
import nl.naober.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * The programme settings of the municipality in context, from the catalog: the municipality's own value, else its
 * network's, else the platform default. A change applies from the moment it is saved (the cache is invalidated
 * after the commit). Needs a tenant context, like all case work.
 */
@Component
class CatalogProgrammeSettings implements ProgrammeSettings {

    private final EffectiveSettingsCache cache;

    CatalogProgrammeSettings(EffectiveSettingsCache cache) {
        this.cache = cache;
    }

    @Override
    public Period vogValidity() {
        return Period.ofYears(current().vogValidityYears());
    }

    @Override
    public Period trialLength() {
        return Period.ofWeeks(current().trialLengthWeeks());
    }

    @Override
    public Period evaluationInterval() {
        return Period.ofMonths(current().evaluationIntervalMonths());
    }

    @Override
    public Period retentionPeriod() {
        return Period.ofMonths(current().retentionMonths());
    }

    @Override
    public int suppressionThreshold() {
        return current().suppressionThreshold();
    }

    @Override
    public int recruitmentThreshold() {
        return current().recruitmentThreshold();
    }

    private SettingValues current() {
        return cache.effective(TenantContext.require().code());
    }
}
