package nl.naober.matching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MatchRepository extends JpaRepository<Match, UUID> {

    boolean existsByFamilyIdAndStatusIn(UUID familyId, Collection<MatchStatus> statuses);

    /**
     * The open match of a family (one at most: MatchService refuses a second), by id only. Read on every family
     * detail: a fixed query, so Hibernate reuses its SQL instead of translating a derived query with a collection
     * parameter again at each call, and no match entity is loaded (issue 17, load benchmark profile).
     */
    @Query("""
            select m.id from Match m where m.familyId = :familyId
            and m.status in (nl.naober.matching.MatchStatus.PROPOSED, nl.naober.matching.MatchStatus.TRIAL,
                             nl.naober.matching.MatchStatus.ACTIVE)
            order by m.proposedOn desc limit 1""")
    Optional<UUID> findOpenMatchId(UUID familyId);

    @Query("select coalesce(sum(m.numberOfChildren), 0) from Match m"
            + " where m.supportFamilyId = :supportFamilyId and m.status in :statuses")
    int childrenPlaced(UUID supportFamilyId, Collection<MatchStatus> statuses);

    /** Rows of (support family id, children placed) for those of these support families with any placed. */
    @Query("select m.supportFamilyId, sum(m.numberOfChildren) from Match m"
            + " where m.supportFamilyId in :supportFamilyIds and m.status in :statuses group by m.supportFamilyId")
    List<Object[]> childrenPlacedWith(Collection<UUID> supportFamilyIds, Collection<MatchStatus> statuses);

    /** Trials not continued that ended in {@code [from, to]}, per reason (null: ended before reasons were asked). */
    @Query("""
            SELECT new nl.naober.matching.TrialEndReasonCount(m.trialEndReason, count(m))
              FROM Match m
             WHERE m.closeReason = :notContinued AND m.endedOn BETWEEN :from AND :to
             GROUP BY m.trialEndReason""")
    List<TrialEndReasonCount> countTrialEndReasons(CloseReason notContinued, LocalDate from, LocalDate to);

    Page<Match> findByStatusIn(Collection<MatchStatus> statuses, Pageable pageable);

    List<Match> findByFamilyIdOrderByProposedOnDesc(UUID familyId);

    /**
     * Rows of (match, its support family's household name) of a family, newest first: the family page's matches in one
     * query (issue 18 item 6), where each used to load its support family on its own.
     */
    @Query("""
            select m, s.householdName from Match m left join SupportFamily s on s.id = m.supportFamilyId
            where m.familyId = :familyId order by m.proposedOn desc""")
    List<Object[]> findWithSupportFamilyName(UUID familyId);

    List<Match> findBySupportFamilyIdOrderByProposedOnDesc(UUID supportFamilyId);

    /** Rows of (match, its family's parent name) of a support family, newest first: its page's matches in one query. */
    @Query("""
            select m, f.parentName from Match m left join Family f on f.id = m.familyId
            where m.supportFamilyId = :supportFamilyId order by m.proposedOn desc""")
    List<Object[]> findWithFamilyName(UUID supportFamilyId);
}
