package nl.naober.demo.casefiles;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.naober.demo.DemoCatalog;
import nl.naober.demo.DemoEnabled;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyView;
import nl.naober.matching.MatchService;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.NewMunicipality;
import nl.naober.outcome.OutcomeService;
import nl.naober.programme.ProgrammeSettings;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyView;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the six demo municipalities with a fictional caseload, so a fresh demo shows every screen with something
 * on it: families in every state, screened support families, matches from proposal to closing, outcome measures.
 *
 * <p>Runs once the application has started ({@link ApplicationStartedEvent}: after {@code PlatformStartup} has
 * seeded and migrated the catalog's municipalities), and only for a municipality without any family, so a restart or
 * a coordinator's own data is never touched. Everything goes through the domain services, so the data obeys the
 * same rules as real work; one municipality is one transaction, so a failure leaves it empty and the next start
 * tries again instead of leaving it half filled. The same seed gives the same caseload on every fresh start, dated
 * relative to today. Off with {@code naober.demo.case-data.enabled=false} (the shared integration tests), and with
 * the rest of the demo ({@code naober.demo.enabled=false}, production).
 */
@Component
@Conditional(DemoEnabled.class)
public class DemoCaseData {

    /** Fixed, so every fresh start shows the same demo; the day the Meppel pilot began. */
    static final long SEED = 20200901L;

    private static final Logger log = LoggerFactory.getLogger(DemoCaseData.class);

    /** What one municipality received. */
    record Seeded(int families, int supportFamilies, int matches) {}

    private final FamilyService families;
    private final SupportFamilyService supportFamilies;
    private final MatchService matches;
    private final OutcomeService outcomes;
    private final ProgrammeSettings settings;
    private final MunicipalityRegistry registry;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final ObjectProvider<UserDetailsService> localAccounts;
    private final Clock clock;
    private final boolean enabled;

    DemoCaseData(
            FamilyService families,
            SupportFamilyService supportFamilies,
            MatchService matches,
            OutcomeService outcomes,
            ProgrammeSettings settings,
            MunicipalityRegistry registry,
            PlatformTransactionManager transactionManager,
            EntityManagerFactory entityManagerFactory,
            ObjectProvider<UserDetailsService> localAccounts,
            Clock clock,
            @Value("${naober.demo.case-data.enabled:true}") boolean enabled) {
        this.families = families;
        this.supportFamilies = supportFamilies;
        this.matches = matches;
        this.outcomes = outcomes;
        this.settings = settings;
        this.registry = registry;
        this.transaction = new TransactionTemplate(transactionManager);
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
        this.localAccounts = localAccounts;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** Seeds every active demo municipality that has no family yet; a failure is logged and skips that one only. */
    @EventListener(ApplicationStartedEvent.class)
    public void seedDemoMunicipalities() {
        if (!enabled) {
            return;
        }
        long start = System.nanoTime();
        int seeded = 0;
        for (NewMunicipality municipality : DemoCatalog.MUNICIPALITIES) {
            String code = municipality.code();
            if (registry.findActive(code).isEmpty()) {
                continue;
            }
            try {
                seeded += seed(code).isPresent() ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Demo case data for {} not seeded; the next start tries again", code, e);
            }
        }
        if (seeded > 0) {
            log.info(
                    "Demo case data for {} municipalities in {} ms",
                    seeded,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    /** Seeds municipality {@code code} in its own area when it has no family yet; empty when it had one. */
    Optional<Seeded> seed(String code) {
        return seed(code, DemoArea.forMunicipality(code));
    }

    Optional<Seeded> seed(String code, DemoArea area) {
        return TenantContext.call(Tenant.of(code), () -> {
            long start = System.nanoTime();
            Seeded seeded = asDemoCoordinator(
                    code, () -> transaction.execute(status -> hasFamilies() ? null : fill(code, area)));
            if (seeded == null) {
                return Optional.empty();
            }
            log.info(
                    "Demo case data for {}: {} families, {} support families, {} matches in {} ms",
                    code,
                    seeded.families(),
                    seeded.supportFamilies(),
                    seeded.matches(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            return Optional.of(seeded);
        });
    }

    /**
     * Runs {@code work} logged in as the municipality's demo coordinator when local mode knows that account, so the
     * seeded cases, matches and intakes are theirs and "Mijn werk" of {@code coordinator.<code>} shows them; else
     * (keycloak mode, a municipality without demo login) as the system. The account is read before the tenant
     * transaction starts: a catalog transaction must not run inside it.
     */
    private <T> T asDemoCoordinator(String code, Supplier<T> work) {
        Authentication coordinator = demoCoordinator(code);
        if (coordinator == null) {
            return work.get();
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(coordinator);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private Authentication demoCoordinator(String code) {
        UserDetailsService accounts = localAccounts.getIfAvailable();
        if (accounts == null) {
            return null;
        }
        try {
            UserDetails user = accounts.loadUserByUsername("coordinator." + code);
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    private boolean hasFamilies() {
        return !families.list(PageRequest.of(0, 1)).isEmpty();
    }

    /**
     * Writes what is pending and empties the persistence context. The whole municipality is one transaction, and
     * every query auto-flushes, which dirty-checks every entity the session holds: without this the seeding slows
     * down with the square of its size. The services reload what they need, and the seeders keep only views.
     */
    private void checkpoint() {
        entityManager.flush();
        entityManager.clear();
    }

    private Seeded fill(String code, DemoArea area) {
        LocalDate today = LocalDate.now(clock);
        DemoHouseholds households = new DemoHouseholds(new Random(SEED + code.hashCode()), area, today);
        DemoSupportFamilies supportFamilySeeder =
                new DemoSupportFamilies(supportFamilies, households, settings.vogValidity(), today, this::checkpoint);
        List<SupportFamilyView> screened = supportFamilySeeder.registerAll();
        List<FamilyView> registered =
                new DemoFamilies(families, outcomes, households, today, this::checkpoint).registerAll();
        int made = new DemoMatches(matches, outcomes, households, settings, today, this::checkpoint)
                .matchAll(registered, screened);
        supportFamilySeeder.pauseAndStop(screened);
        return new Seeded(registered.size(), screened.size(), made);
    }
}
