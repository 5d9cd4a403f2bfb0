package nl.naober.account;

import java.util.Collection;
import java.util.Optional;
import nl.naober.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LocalAccountRepository extends JpaRepository<LocalAccount, Long> {

    Optional<LocalAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Page<LocalAccount> findByMunicipalityCodeAndRoleIn(
            String municipalityCode, Collection<Role> roles, Pageable pageable);

    Optional<LocalAccount> findByUsernameAndMunicipalityCodeAndRoleIn(
            String username, String municipalityCode, Collection<Role> roles);
}
