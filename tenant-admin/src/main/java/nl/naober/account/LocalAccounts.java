package nl.naober.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.naober.audit.AdminAudit;
import nl.naober.audit.AuditEvent;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The local mode's accounts in the catalog. */
@Service
public class LocalAccounts {

    /** Long enough for a passphrase of a few words; the one-time passwords are 20 characters or more. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /** BCrypt reads the first 72 bytes only (and Spring Security refuses more). */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final LocalAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AdminAudit audit;

    LocalAccounts(LocalAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, AdminAudit audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.audit = audit;
    }

    public Optional<LocalAccountView> findByUsername(String username) {
        return accounts.findByUsername(username).map(LocalAccount::toView);
    }

    /** Creates an account whose password is already hashed, so a batch of accounts can share one hash run. */
    public void createWithHash(CurrentUser user, String passwordHash) {
        createWithHash(user, passwordHash, null);
    }

    /** A demo coordinator with an address the notifications go to. */
    public void createWithHash(CurrentUser user, String passwordHash, @Nullable String email) {
        accounts.save(newAccount(user, passwordHash, email));
    }

    /**
     * An account whose password was generated for an administrator to hand on: the user must choose their own
     * before doing anything else.
     */
    public void createWithOneTimePasswordHash(CurrentUser user, String oneTimePasswordHash) {
        LocalAccount account = newAccount(user, oneTimePasswordHash, null);
        account.mustChangePassword();
        accounts.save(account);
    }

    private LocalAccount newAccount(CurrentUser user, String passwordHash, @Nullable String email) {
        if (!user.hasMembership()) {
            throw new IllegalArgumentException(user.role() + " needs a municipality or network");
        }
        LocalAccount account = new LocalAccount(user, passwordHash, clock.instant());
        account.email(email);
        return account;
    }

    /**
     * Replaces the user's password (a one-time one or their own) with one they chose, and records that in the
     * catalog's audit trail (never a password or hash).
     *
     * @return why the new password is refused; empty when it was changed
     */
    @CatalogTransactional
    public List<PasswordProblem> changePassword(String username, String currentPassword, String newPassword) {
        LocalAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("no local account for the logged-in user"));
        List<PasswordProblem> problems = new ArrayList<>();
        if (newPassword.codePointCount(0, newPassword.length()) < MIN_PASSWORD_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        } else if (newPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            problems.add(PasswordProblem.CURRENT_WRONG);
        } else if (newPassword.equals(currentPassword)) {
            problems.add(PasswordProblem.SAME_AS_CURRENT);
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        boolean oneTime = account.mustChangePasswordSet();
        account.changePassword(passwordEncoder.encode(newPassword));
        audit.record(new AuditEvent(
                "PASSWORD_CHANGED",
                account.networkCode(),
                account.municipalityCode(),
                "user:" + username,
                "mustChangePassword=" + oneTime,
                "mustChangePassword=false"));
        return problems;
    }

    public String hash(String rawPassword) {
        return passwordEncoder.encode(rawPassword);
    }
}
