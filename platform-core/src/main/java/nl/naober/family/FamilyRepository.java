package nl.naober.family;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface FamilyRepository extends JpaRepository<Family, UUID>, JpaSpecificationExecutor<Family> {

    boolean existsByContactEmail(String contactEmail);

    boolean existsByContactEmailAndIdNot(String contactEmail, UUID id);

    /**
     * The family with its children in one query (in the order of {@code Family.children}); its intakes come in a second
     * one when read, as two lists cannot be fetched in one query.
     */
    @Query("select f from Family f left join fetch f.children c where f.id = :id order by c.birthDate")
    Optional<Family> findWithChildren(UUID id);

    /** Families that left with a reason in {@code [from, to]}, counted per status and reason. */
    @Query("""
            SELECT new nl.naober.family.LeaveReasonCount(f.status, f.leaveReason, count(f))
              FROM Family f
             WHERE f.status IN :left AND f.leaveReason IS NOT NULL
               AND f.statusChangedOn BETWEEN :from AND :to
             GROUP BY f.status, f.leaveReason""")
    List<LeaveReasonCount> countLeaveReasons(Collection<FamilyStatus> left, LocalDate from, LocalDate to);
}
