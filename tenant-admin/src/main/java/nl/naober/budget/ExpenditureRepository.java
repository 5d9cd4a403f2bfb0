package nl.naober.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExpenditureRepository extends JpaRepository<Expenditure, UUID> {

    Page<Expenditure> findByBudgetLineId(UUID budgetLineId, Pageable pageable);

    @Query(
            value = "select e from Expenditure e where e.budgetLineId in"
                    + " (select l.id from BudgetLine l where l.municipalityCode = :municipalityCode)",
            countQuery = "select count(e) from Expenditure e where e.budgetLineId in"
                    + " (select l.id from BudgetLine l where l.municipalityCode = :municipalityCode)")
    Page<Expenditure> findByMunicipality(String municipalityCode, Pageable pageable);

    /** Spent per category up to and including a date: rows of (category, sum). */
    @Query("select e.category, sum(e.amount) from Expenditure e"
            + " where e.budgetLineId = :line and e.spentOn <= :asOf group by e.category")
    List<Object[]> spentPerCategory(UUID line, LocalDate asOf);

    @Query("select count(e) from Expenditure e where e.budgetLineId = :line"
            + " and (e.spentOn < :start or e.spentOn > :end)")
    long countOutside(UUID line, LocalDate start, LocalDate end);

    /** What was spent in a category of a line per day, oldest first: rows of (date, sum). */
    @Query("select e.spentOn, sum(e.amount) from Expenditure e where e.budgetLineId = :line"
            + " and e.category = :category group by e.spentOn order by e.spentOn")
    List<Object[]> spentPerDay(UUID line, BudgetCategory category);
}
