package nl.naober.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicRegistrationRepository extends JpaRepository<PublicRegistration, UUID> {

    Optional<PublicRegistration> findByIdempotencyKey(String idempotencyKey);

    Optional<PublicRegistration> findFirstByContentHashAndReceivedAtAfterOrderByReceivedAt(
            String contentHash, Instant after);

    Page<PublicRegistration> findByHandledAtIsNullOrderByReceivedAt(Pageable pageable);

    Page<PublicRegistration> findAllByOrderByReceivedAtDesc(Pageable pageable);

    List<PublicRegistration> findByAddressConfirmationId(UUID addressConfirmationId);
}
