package nl.naober.approval;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrivacyApprovalRepository extends JpaRepository<PrivacyApproval, UUID> {

    Page<PrivacyApproval> findByMunicipalityCodeOrderByRequestedAtDesc(String municipalityCode, Pageable pageable);

    Optional<PrivacyApproval> findByIdAndMunicipalityCode(UUID id, String municipalityCode);

    List<PrivacyApproval> findByMunicipalityCodeAndKindAndStatusOrderByDecidedAtDesc(
            String municipalityCode, ApprovalKind kind, ApprovalStatus status);
}
