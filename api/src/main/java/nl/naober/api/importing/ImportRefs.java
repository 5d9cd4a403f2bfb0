package nl.naober.api.importing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/** The {@code import_ref} table of the municipality in context, read and written in the run's transaction. */
@Component
class ImportRefs {

    @PersistenceContext
    private EntityManager entityManager;

    /** Every key imported so far ({@code kind:ref}) with the record it created. */
    Map<String, UUID> all() {
        Map<String, UUID> refs = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT kind, ref, record_id FROM import_ref")
                .getResultList();
        for (Object[] row : rows) {
            refs.put(ImportRun.key((String) row[0], (String) row[1]), (UUID) row[2]);
        }
        return refs;
    }

    void store(Map<String, UUID> created, String sha256, String username, Instant at) {
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_ref"
                    + " (kind, ref, record_id, file_sha256, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, UUID> entry : created.entrySet()) {
                    int colon = entry.getKey().indexOf(':');
                    insert.setString(1, entry.getKey().substring(0, colon));
                    insert.setString(2, entry.getKey().substring(colon + 1));
                    insert.setObject(3, entry.getValue());
                    insert.setString(4, sha256);
                    insert.setString(5, username);
                    insert.setTimestamp(6, Timestamp.from(at));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
