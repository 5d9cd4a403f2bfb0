package nl.naober.audit;

import java.time.Clock;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.identity.CurrentActor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The catalog's audit trail of administrative actions; entries are only ever added. */
@Service
public class AdminAudit {

    private final AdminAuditRepository entries;
    private final CurrentActor actor;
    private final Clock clock;

    AdminAudit(AdminAuditRepository entries, CurrentActor actor, Clock clock) {
        this.entries = entries;
        this.actor = actor;
        this.clock = clock;
    }

    @CatalogTransactional
    public void record(AuditEvent event) {
        entries.save(new AdminAuditEntry(event, actor.username(), clock.instant()));
    }

    @CatalogTransactional(readOnly = true)
    public Page<AuditView> ofMunicipality(String code, Pageable pageable) {
        return entries.findByMunicipalityCodeOrderByOccurredAtDesc(code, pageable)
                .map(AdminAuditEntry::toView);
    }

    @CatalogTransactional(readOnly = true)
    public Page<AuditView> ofNetwork(String code, Pageable pageable) {
        return entries.findByNetworkCodeOrderByOccurredAtDesc(code, pageable).map(AdminAuditEntry::toView);
    }
}
