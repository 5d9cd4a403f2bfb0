package nl.naober.importing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.crypto.FieldCipher;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * The {@code import_ref} table of the municipality in context, read and written in the run's transaction; every ref
 * in it is hashed under the municipality's key in {@code import_ref_key} (see {@link RefHasher}).
 */
@Component
class ImportRefs {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BYTES = 32;

    @PersistenceContext
    private EntityManager entityManager;

    private final FieldCipher cipher;

    ImportRefs(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** Every key imported so far with the record it created; refs still in plain text are hashed on the way. */
    EarlierImports earlier() {
        RefHasher hasher = new RefHasher(key());
        Map<String, UUID> refs = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT kind, ref, record_id FROM import_ref")
                .getResultList();
        for (Object[] row : rows) {
            String kind = (String) row[0];
            String ref = (String) row[1];
            if (RefHasher.isPlain(ref)) {
                ref = hashInPlace(kind, ref, hasher);
            }
            refs.put(ImportRun.key(kind, ref), (UUID) row[2]);
        }
        return new EarlierImports(refs, hasher);
    }

    void store(Map<String, UUID> created, EarlierImports earlier, String sha256, String username, Instant at) {
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_ref"
                    + " (kind, ref, record_id, file_sha256, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, UUID> entry : created.entrySet()) {
                    String stored = earlier.stored(entry.getKey());
                    int colon = stored.indexOf(':');
                    insert.setString(1, stored.substring(0, colon));
                    insert.setString(2, stored.substring(colon + 1));
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

    private String hashInPlace(String kind, String plain, RefHasher hasher) {
        String hashed = hasher.hash(plain);
        entityManager
                .createNativeQuery("UPDATE import_ref SET ref = ?1 WHERE kind = ?2 AND ref = ?3")
                .setParameter(1, hashed)
                .setParameter(2, kind)
                .setParameter(3, plain)
                .executeUpdate();
        return hashed;
    }

    /**
     * The municipality's key, made by its first import. A dry run rolls its new key back with everything else, which
     * is harmless: it stored no refs under it. Two first imports at once: the second waits on the row and reads the
     * first one's key.
     */
    private byte[] key() {
        String stored = storedKey();
        if (stored == null) {
            byte[] fresh = new byte[KEY_BYTES];
            RANDOM.nextBytes(fresh);
            entityManager
                    .createNativeQuery(
                            "INSERT INTO import_ref_key (id, secret) VALUES (1, ?1) ON CONFLICT (id) DO NOTHING")
                    .setParameter(1, cipher.encrypt(Base64.getEncoder().encodeToString(fresh)))
                    .executeUpdate();
            stored = storedKey();
        }
        return Base64.getDecoder().decode(cipher.decrypt(stored));
    }

    private String storedKey() {
        @SuppressWarnings("unchecked")
        List<String> found = entityManager
                .createNativeQuery("SELECT secret FROM import_ref_key WHERE id = 1")
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
