package nl.naober.matching;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignalRepository extends JpaRepository<Signal, UUID> {
    List<Signal> findByMatchIdOrderByNotedOnDesc(UUID matchId);
}
