package nl.naober.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, UUID> {

    boolean existsByDedupKey(String dedupKey);

    Page<OutboxMail> findAllByOrderByCreatedAtDesc(Pageable pageable);

    long countByStatus(MailStatus status);

    List<OutboxMail> findByHeldForAndStatus(UUID heldFor, MailStatus status);

    /**
     * The longest-waiting mail that is due, locked until the transaction ends; a row another transaction holds is
     * skipped, so dispatchers on several instances (or threads) each take a different mail and never the same one.
     */
    @Query(value = """
                    SELECT * FROM outbox_mail
                     WHERE status = 'PENDING' AND next_attempt_at <= :now
                     ORDER BY next_attempt_at
                     LIMIT 1
                       FOR UPDATE SKIP LOCKED
                    """, nativeQuery = true)
    Optional<OutboxMail> lockNextDue(@Param("now") Instant now);
}
