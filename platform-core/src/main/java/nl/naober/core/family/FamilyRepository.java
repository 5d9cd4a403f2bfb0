package nl.naober.core.family;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyRepository extends JpaRepository<Family, UUID> {

    boolean existsByContactEmail(String contactEmail);
}
