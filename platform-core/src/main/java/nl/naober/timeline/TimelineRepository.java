package nl.naober.timeline;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineRepository extends JpaRepository<TimelineEntry, UUID> {

    Page<TimelineEntry> findByFamilyIdOrderByHappenedOnDescOccurredAtDesc(UUID familyId, Pageable pageable);

    Page<TimelineEntry> findBySupportFamilyIdOrderByHappenedOnDescOccurredAtDesc(
            UUID supportFamilyId, Pageable pageable);

    Page<TimelineEntry> findByMatchIdOrderByHappenedOnDescOccurredAtDesc(UUID matchId, Pageable pageable);
}
