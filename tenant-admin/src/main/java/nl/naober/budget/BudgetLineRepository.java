package nl.naober.budget;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BudgetLineRepository extends JpaRepository<BudgetLine, UUID> {

    Page<BudgetLine> findByMunicipalityCode(String municipalityCode, Pageable pageable);

    Optional<BudgetLine> findByIdAndMunicipalityCode(UUID id, String municipalityCode);

    /** The line, locked until the transaction ends: two credit notes at once cannot both take the last euro. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from BudgetLine l where l.id = :id and l.municipalityCode = :municipalityCode")
    Optional<BudgetLine> lockByIdAndMunicipalityCode(UUID id, String municipalityCode);
}
