package nl.naober.registration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AddressConfirmationRepository extends JpaRepository<AddressConfirmation, UUID> {

    Optional<AddressConfirmation> findByTokenHash(String tokenHash);

    List<AddressConfirmation> findByAddressHashOrderByCreatedAtDesc(String addressHash);
}
