package nl.naober.retention;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ErasureRequestRepository extends JpaRepository<ErasureRequest, UUID> {

    Page<ErasureRequest> findAllByOrderByRequestedAtDesc(Pageable pageable);

    List<ErasureRequest> findBySubjectIdOrderByRequestedAtDesc(UUID subjectId);

    boolean existsBySubjectIdAndStatus(UUID subjectId, ErasureStatus status);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ErasureRequest r where r.id = :id")
    Optional<ErasureRequest> lockById(UUID id);
}
