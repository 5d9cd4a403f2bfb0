package nl.naober.matching;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactMomentRepository extends JpaRepository<ContactMoment, UUID> {
    List<ContactMoment> findByMatchIdOrderByHeldOnDesc(UUID matchId);
}
