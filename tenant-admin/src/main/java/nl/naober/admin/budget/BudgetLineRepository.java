package nl.naober.admin.budget;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetLineRepository extends JpaRepository<BudgetLine, UUID> {

    Page<BudgetLine> findByMunicipalityCode(String municipalityCode, Pageable pageable);

    Optional<BudgetLine> findByIdAndMunicipalityCode(UUID id, String municipalityCode);
}
