package nl.naober.matching;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import nl.naober.programme.NotFoundException;
import org.springframework.stereotype.Component;

/** Serialises proposals for the same family or support family, so the capacity and one-match rules hold. */
@Component
class ProposalLocks {

    private final EntityManager entityManager;

    ProposalLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks the row of {@code table} ("family", "support_family") until the transaction ends; 404 when absent. */
    void lock(String table, UUID id) {
        List<?> rows = entityManager
                .createNativeQuery("SELECT id FROM " + table + " WHERE id = :id FOR UPDATE")
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw NotFoundException.of(table.replace('_', '-'), id);
        }
    }
}
