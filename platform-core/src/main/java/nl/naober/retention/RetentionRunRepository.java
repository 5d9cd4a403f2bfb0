package nl.naober.retention;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionRunRepository extends JpaRepository<RetentionRun, UUID> {

    Page<RetentionRun> findAllByOrderByStartedAtDesc(Pageable pageable);
}
