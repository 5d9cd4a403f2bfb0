package nl.naober.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdminAuditRepository extends JpaRepository<AdminAuditEntry, Long> {

    Page<AdminAuditEntry> findByMunicipalityCodeOrderByOccurredAtDesc(String municipalityCode, Pageable pageable);

    Page<AdminAuditEntry> findByNetworkCodeOrderByOccurredAtDesc(String networkCode, Pageable pageable);
}
