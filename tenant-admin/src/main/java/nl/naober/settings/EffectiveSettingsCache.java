package nl.naober.settings;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The effective settings per municipality in memory. Changes made here invalidate it (after their commit); changes
 * by another instance are picked up when an entry is older than {@code naober.settings.cache-ttl} (30 s).
 *
 * <p>Case work reads settings inside its tenant transaction, where a catalog JPA transaction must not start (both
 * managers bind the same {@code DataSource}). So this reads with plain JDBC on whatever connection the thread
 * already has, with schema-qualified table names: that works on a tenant's connection as well as on a fresh one.
 */
@Component
class EffectiveSettingsCache {

    private static final String QUERY = """
            select m.network_code,
                   ns.trial_length_weeks as n_trial, ns.evaluation_interval_months as n_evaluation,
                   ns.vog_validity_years as n_vog, ns.retention_months as n_retention,
                   ns.suppression_threshold as n_suppression, ns.youth_care_cost_per_year as n_youth_care,
                   ns.placement_cost_per_year as n_placement, ns.avoided_placement_percentage as n_avoided,
                   ns.recruitment_threshold as n_recruitment,
                   ms.trial_length_weeks as m_trial, ms.evaluation_interval_months as m_evaluation,
                   ms.vog_validity_years as m_vog, ms.retention_months as m_retention,
                   ms.suppression_threshold as m_suppression, ms.youth_care_cost_per_year as m_youth_care,
                   ms.placement_cost_per_year as m_placement, ms.avoided_placement_percentage as m_avoided,
                   ms.recruitment_threshold as m_recruitment
              from platform.municipality m
              left join platform.network_settings ns on ns.network_code = m.network_code
              left join platform.municipality_settings ms on ms.municipality_code = m.code
             where m.code = ?
            """;

    private record Entry(SettingValues values, long loadedAt) {}

    private final JdbcClient jdbc;
    private final long ttlNanos;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    EffectiveSettingsCache(DataSource dataSource, @Value("${naober.settings.cache-ttl:PT30S}") Duration ttl) {
        this.jdbc = JdbcClient.create(dataSource);
        this.ttlNanos = ttl.toNanos();
    }

    /** The effective settings of a municipality; the platform defaults for one the catalog does not know. */
    SettingValues effective(String municipalityCode) {
        long now = System.nanoTime();
        Entry entry = entries.get(municipalityCode);
        if (entry != null && now - entry.loadedAt() < ttlNanos) {
            return entry.values();
        }
        long loadedIn = generation.get();
        SettingValues values = load(municipalityCode).orElse(SettingValues.PLATFORM_DEFAULTS);
        if (generation.get() == loadedIn) {
            entries.put(municipalityCode, new Entry(values, now));
        }
        return values;
    }

    /** Forgets everything: the next read loads the stored settings. */
    void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    private Optional<SettingValues> load(String municipalityCode) {
        return jdbc.sql(QUERY)
                .param(municipalityCode)
                .query((rs, row) -> values(rs, "m_").orElse(values(rs, "n_").orElse(SettingValues.PLATFORM_DEFAULTS)))
                .optional();
    }

    private static SettingValues values(ResultSet rs, String prefix) throws SQLException {
        return new SettingValues(
                integer(rs, prefix + "trial"),
                integer(rs, prefix + "evaluation"),
                integer(rs, prefix + "vog"),
                integer(rs, prefix + "retention"),
                integer(rs, prefix + "suppression"),
                rs.getObject(prefix + "youth_care", BigDecimal.class),
                rs.getObject(prefix + "placement", BigDecimal.class),
                rs.getObject(prefix + "avoided", BigDecimal.class),
                integer(rs, prefix + "recruitment"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }
}
