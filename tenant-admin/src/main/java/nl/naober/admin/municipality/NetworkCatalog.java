package nl.naober.admin.municipality;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The programme networks. */
@Service
public class NetworkCatalog {

    private final NetworkRepository networks;
    private final Clock clock;

    NetworkCatalog(NetworkRepository networks, Clock clock) {
        this.networks = networks;
        this.clock = clock;
    }

    public boolean isEmpty() {
        return networks.count() == 0;
    }

    public Optional<String> findName(String code) {
        return networks.findById(code).map(Network::name);
    }

    public void create(String code, String name) {
        networks.save(new Network(code, name, clock.instant()));
    }
}
