package nl.naober.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.naober.support.Sql;

/**
 * Row count and checksum of every table of every municipality's schema ({@code t_*}) and of the catalog
 * ({@code platform}), read with plain SQL as the database's superuser: a hostile input that stored anything, or
 * changed a row, shows as a difference between the snapshot before the run and the one after.
 */
final class StoredState {

    /**
     * Tables that change on requests that store nothing, or by themselves while the run goes on:
     *
     * <ul>
     *   <li>{@code access_log}: every read of a personal record writes a line before it is answered (NEN 7513); a
     *       coordinator's hostile {@code page=-1} on the family list is still a read of that list, and its line is
     *       the log working, not a stored input.
     *   <li>{@code shedlock}: the scheduled jobs' locks. The other application contexts of this test run (those with
     *       the jobs on, kept alive in Spring's context cache) take the outbox lock every 30 seconds.
     * </ul>
     *
     * No other table is excluded: the outbox, the audit trail and the registrations must stay exactly as they were.
     */
    static final Set<String> EXCLUDED = Set.of("access_log", "shedlock");

    private StoredState() {}

    /** {@code schema.table} to {@code rows:md5}. */
    static Map<String, String> snapshot() {
        Map<String, String> state = new TreeMap<>();
        List<String> tables = Sql.strings("SELECT table_schema || '.' || table_name FROM information_schema.tables"
                + " WHERE table_type = 'BASE TABLE' AND (table_schema = 'platform' OR table_schema LIKE 't\\_%')"
                + " ORDER BY 1");
        for (String table : tables) {
            String[] name = table.split("\\.", 2);
            if (EXCLUDED.contains(name[1])) {
                continue;
            }
            // Names from the catalog itself, quoted: a schema name never comes from a request.
            String quoted = "\"" + name[0] + "\".\"" + name[1] + "\"";
            state.put(
                    table,
                    Sql.strings("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '')"
                                    + " FROM " + quoted + " t")
                            .get(0));
        }
        return state;
    }

    /** Every table that differs, with its rows before and after; empty when nothing changed. */
    static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> changes = new ArrayList<>();
        Set<String> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        Set<String> newSchemas = new TreeSet<>();
        for (String table : after.keySet()) {
            String schema = schema(table);
            if (before.keySet().stream().noneMatch(known -> schema(known).equals(schema))) {
                newSchemas.add(schema);
            }
        }
        for (String schema : newSchemas) {
            changes.add("new schema " + schema);
        }
        for (String table : all) {
            if (newSchemas.contains(schema(table))) {
                continue;
            }
            String was = before.get(table);
            String is = after.get(table);
            if (!Objects.equals(was, is)) {
                changes.add(table + " (rows " + rows(was) + " -> " + rows(is) + ")");
            }
        }
        return changes;
    }

    /** The scheduled jobs that ran since then, in any live application context: they may explain a change. */
    static List<String> jobsSince(java.time.Instant start) {
        return Sql.strings(
                "SELECT name || ' at ' || locked_at FROM platform.shedlock WHERE locked_at >= ? ORDER BY locked_at",
                java.sql.Timestamp.from(start));
    }

    private static String schema(String table) {
        return table.substring(0, table.indexOf('.'));
    }

    private static String rows(String state) {
        return state == null ? "no table" : state.substring(0, state.indexOf(':'));
    }
}
