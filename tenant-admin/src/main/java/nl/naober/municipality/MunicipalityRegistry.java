package nl.naober.municipality;

import static java.util.stream.Collectors.toUnmodifiableMap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.naober.identity.CurrentUser;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantCode;
import nl.naober.tenancy.TenantDirectory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The active municipalities in memory, so resolving a code costs no query. Refreshed after every change made
 * here and, for changes made by another instance, on a fixed delay.
 */
@Component
public class MunicipalityRegistry implements TenantDirectory {

    private final MunicipalityRepository municipalities;
    private final Object refreshing = new Object();
    private volatile Map<String, MunicipalitySummary> active = Map.of();

    MunicipalityRegistry(MunicipalityRepository municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public Optional<Tenant> findActive(String code) {
        return findActiveMunicipality(code).map(m -> Tenant.of(m.code()));
    }

    /** The municipalities served now, by name. */
    public List<MunicipalitySummary> active() {
        return active.values().stream()
                .sorted(java.util.Comparator.comparing(MunicipalitySummary::name))
                .toList();
    }

    public Optional<MunicipalitySummary> findActiveMunicipality(String code) {
        // An invalid code is never a key, but checking first keeps hostile input away from everything else.
        if (!TenantCode.isValid(code)) {
            return Optional.empty();
        }
        return Optional.ofNullable(active.get(code));
    }

    /**
     * Whether a user may log in at all: a coordinator or policy officer only while their municipality is served
     * (not SUSPENDED, FAILED or gone); network and platform admins always. For the local mode's account lookup.
     */
    public boolean admitsLogin(CurrentUser user) {
        return user.municipality() == null || active.containsKey(user.municipality());
    }

    /**
     * As {@link #admitsLogin}, but read from the catalog now rather than from this instance's last refresh: a
     * municipality suspended on another instance stops its users' open sessions here too.
     */
    public boolean admitsNow(CurrentUser user) {
        return user.municipality() == null
                || municipalities.existsByCodeAndStatus(user.municipality(), MunicipalityStatus.ACTIVE);
    }

    @Scheduled(
            fixedDelayString = "${naober.tenancy.registry-refresh-interval:PT30S}",
            initialDelayString = "${naober.tenancy.registry-refresh-interval:PT30S}")
    public void refresh() {
        // One at a time: onboardings, the change listener and this schedule refresh concurrently, and a list read
        // before another onboarding's commit must not be published after that onboarding's own refresh
        // (MunicipalityRegistryRaceTest).
        synchronized (refreshing) {
            active = read();
        }
    }

    private Map<String, MunicipalitySummary> read() {
        return municipalities.findByStatus(MunicipalityStatus.ACTIVE).stream()
                .map(Municipality::toSummary)
                .collect(toUnmodifiableMap(MunicipalitySummary::code, Function.identity()));
    }
}
