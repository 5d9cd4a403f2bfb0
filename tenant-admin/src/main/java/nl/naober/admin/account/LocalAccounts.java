package nl.naober.admin.account;

import java.time.Clock;
import java.util.Optional;
import nl.naober.core.identity.CurrentUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The local mode's accounts in the catalog. */
@Service
public class LocalAccounts {

    private final LocalAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    LocalAccounts(LocalAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public Optional<LocalAccountView> findByUsername(String username) {
        return accounts.findByUsername(username).map(LocalAccount::toView);
    }

    /** Creates an account whose password is already hashed, so a batch of accounts can share one hash run. */
    public void createWithHash(CurrentUser user, String passwordHash) {
        createWithHash(user, passwordHash, null);
    }

    /** A demo coordinator with an address the notifications go to. */
    public void createWithHash(CurrentUser user, String passwordHash, String email) {
        if (!user.hasMembership()) {
            throw new IllegalArgumentException(user.role() + " needs a municipality or network");
        }
        LocalAccount account = new LocalAccount(user, passwordHash, clock.instant());
        account.email(email);
        accounts.save(account);
    }

    public String hash(String rawPassword) {
        return passwordEncoder.encode(rawPassword);
    }
}
