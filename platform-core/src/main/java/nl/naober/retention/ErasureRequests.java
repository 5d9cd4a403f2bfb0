package nl.naober.retention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.accesslog.Accessor;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure on request (AVG art. 17): a coordinator files it for a family or support family that has left the
 * programme, the municipality's privacy officer approves or refuses, and an approval anonymises the file at once,
 * in the same transaction, exactly as retention does. The request stays, naming the file by id only.
 */
@Service
@Transactional
public class ErasureRequests {

    private static final Set<String> FAMILY_LEFT = Set.of("CLOSED", "WITHDRAWN", "DECLINED");

    private final ErasureRequestRepository requests;
    private final Anonymiser anonymiser;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    ErasureRequests(ErasureRequestRepository requests, Anonymiser anonymiser, Clock clock) {
        this.requests = requests;
        this.anonymiser = anonymiser;
        this.clock = clock;
    }

    public ErasureRequestView request(FileKind kind, UUID subjectId, ErasureGround ground, Accessor who) {
        requireErasable(kind, subjectId);
        if (requests.existsBySubjectIdAndStatus(subjectId, ErasureStatus.REQUESTED)) {
            throw RuleViolationException.of("rule.erasure.already-requested");
        }
        return requests.save(new ErasureRequest(kind, subjectId, ground, who.username(), clock.instant()))
                .view();
    }

    @Transactional(readOnly = true)
    public Page<ErasureRequestView> all(Pageable pageable) {
        return requests.findAllByOrderByRequestedAtDesc(pageable).map(ErasureRequest::view);
    }

    /** The requests about one file, newest first; the file must exist in this municipality. */
    @Transactional(readOnly = true)
    public List<ErasureRequestView> about(FileKind kind, UUID subjectId) {
        state(kind, subjectId);
        return requests.findBySubjectIdOrderByRequestedAtDesc(subjectId).stream()
                .map(ErasureRequest::view)
                .toList();
    }

    /** Approves and erases at once; refused (409) while the file is still in the programme. */
    public ErasureRequestView approve(UUID id, Accessor who) {
        ErasureRequest request = locked(id);
        request.decide(ErasureStatus.EXECUTED, who.username(), clock.instant());
        requireErasable(request.subjectType(), request.subjectId());
        String why = "verzoek tot verwijdering " + id;
        LocalDate today = LocalDate.now(clock);
        if (request.subjectType() == FileKind.FAMILY) {
            anonymiser.family(request.subjectId(), today, who, why);
        } else {
            anonymiser.supportFamily(request.subjectId(), today, who, why);
        }
        return request.view();
    }

    public ErasureRequestView refuse(UUID id, Accessor who) {
        ErasureRequest request = locked(id);
        request.decide(ErasureStatus.REFUSED, who.username(), clock.instant());
        return request.view();
    }

    private ErasureRequest locked(UUID id) {
        return requests.lockById(id).orElseThrow(() -> NotFoundException.of("erasure-request", id));
    }

    /** A file can be erased once it has left the programme: no open match, and its own state final. */
    private void requireErasable(FileKind kind, UUID subjectId) {
        Tuple state = state(kind, subjectId);
        if (state.get("anonymised_on") != null) {
            throw RuleViolationException.of("rule.erasure.already-anonymised");
        }
        String status = state.get("status", String.class);
        boolean left = kind == FileKind.FAMILY ? FAMILY_LEFT.contains(status) : "STOPPED".equals(status);
        if (!left) {
            throw RuleViolationException.of(
                    kind == FileKind.FAMILY
                            ? "rule.erasure.family-in-programme"
                            : "rule.erasure.support-family-active");
        }
        if (((Number) state.get("open_matches")).intValue() > 0) {
            throw RuleViolationException.of("rule.erasure.open-match");
        }
    }

    private Tuple state(FileKind kind, UUID subjectId) {
        String table = kind == FileKind.FAMILY ? "family" : "support_family";
        String column = kind == FileKind.FAMILY ? "family_id" : "support_family_id";
        // Table and column names are the two constants above, never input.
        List<?> rows = entityManager
                .createNativeQuery(
                        "SELECT t.status, t.anonymised_on, (SELECT count(*) FROM family_match m WHERE m." + column
                                + " = t.id AND m.status IN ('PROPOSED', 'TRIAL', 'ACTIVE')) AS open_matches FROM "
                                + table + " t WHERE t.id = :id",
                        Tuple.class)
                .setParameter("id", subjectId)
                .getResultList();
        if (rows.isEmpty()) {
            throw NotFoundException.of(table.replace('_', '-'), subjectId);
        }
        return (Tuple) rows.get(0);
    }
}
