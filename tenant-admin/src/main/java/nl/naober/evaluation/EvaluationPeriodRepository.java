package nl.naober.evaluation;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationPeriodRepository extends JpaRepository<EvaluationPeriod, UUID> {

    Page<EvaluationPeriod> findByMunicipalityCode(String municipalityCode, Pageable pageable);

    Optional<EvaluationPeriod> findByIdAndMunicipalityCode(UUID id, String municipalityCode);
}
