package nl.naober.admin.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LocalAccountRepository extends JpaRepository<LocalAccount, Long> {

    Optional<LocalAccount> findByUsername(String username);
}
