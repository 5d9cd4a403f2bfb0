package nl.naober.outcome;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeRepository extends JpaRepository<OutcomeMeasurement, UUID> {
    List<OutcomeMeasurement> findByFamilyIdOrderByMeasuredOnDesc(UUID familyId);
}
