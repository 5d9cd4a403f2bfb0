package nl.naober.core.mail;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMailRepository extends JpaRepository<OutboxMail, UUID> {

    boolean existsByDedupKey(String dedupKey);

    Page<OutboxMail> findAllByOrderByCreatedAtDesc(Pageable pageable);

    long countByStatus(MailStatus status);
}
