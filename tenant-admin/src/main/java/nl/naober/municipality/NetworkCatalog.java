package nl.naober.municipality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.naober.audit.AdminAudit;
import nl.naober.audit.AuditEvent;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.programme.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The programme networks, and what the platform operator does with them. */
@Service
public class NetworkCatalog {

    public static final String RULE_CODE_TAKEN = "rule.admin.network.code-taken";
    public static final String RULE_NAME_TAKEN = "rule.admin.network.name-taken";

    private final NetworkRepository networks;
    private final AdminAudit audit;
    private final Clock clock;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    NetworkCatalog(NetworkRepository networks, AdminAudit audit, Clock clock) {
        this.networks = networks;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean isEmpty() {
        return networks.count() == 0;
    }

    /**
     * A network's name, read from the catalog once: a network is never renamed or removed, and the public
     * registration page shows it on every request (issue 17 item 2).
     */
    public Optional<String> findName(String code) {
        String known = names.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = networks.findById(code).map(Network::name);
        found.ifPresent(name -> names.put(code, name));
        return found;
    }

    /** Seeding: no checks, no audit. */
    public void create(String code, String name) {
        networks.save(new Network(code, name, clock.instant()));
    }

    @CatalogTransactional(readOnly = true)
    public Page<NetworkView> list(Pageable pageable) {
        return networks.findAll(pageable).map(Network::toView);
    }

    /** A new network; a taken code or name is refused (409) with both reasons at once. */
    @CatalogTransactional
    public NetworkView register(String code, String name) {
        List<String> rules = new ArrayList<>();
        if (networks.existsById(code)) {
            rules.add(RULE_CODE_TAKEN);
        }
        if (networks.existsByNameIgnoreCase(name.strip())) {
            rules.add(RULE_NAME_TAKEN);
        }
        if (!rules.isEmpty()) {
            throw RuleViolationException.of(rules);
        }
        NetworkView network =
                networks.save(new Network(code, name.strip(), clock.instant())).toView();
        audit.record(new AuditEvent("NETWORK_CREATED", code, null, code, null, "name=" + network.name()));
        return network;
    }

    /** Whether the network exists; a network is never removed. */
    public boolean exists(String code) {
        return networks.existsById(code);
    }
}
