package nl.naober.account;

import java.security.SecureRandom;
import java.util.Base64;
import nl.naober.audit.AdminAudit;
import nl.naober.audit.AuditEvent;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.municipality.NetworkCatalog;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import org.springframework.stereotype.Service;

/** The local accounts of a network's administrators, which the platform operator creates. */
@Service
public class NetworkAdministrators {

    public static final String RULE_USERNAME_TAKEN = "rule.admin.network.username-taken";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NetworkCatalog networks;
    private final LocalAccounts accounts;
    private final AdminAudit audit;

    NetworkAdministrators(NetworkCatalog networks, LocalAccounts accounts, AdminAudit audit) {
        this.networks = networks;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * A local network-admin account with a generated one-time password, returned once and stored only as a hash;
     * the audit names the account, never the password. The administrator must choose a password of their own before
     * doing anything else ({@code mustChangePassword}).
     */
    @CatalogTransactional
    public NetworkAdministratorCredentials create(String networkCode, String username) {
        if (!networks.exists(networkCode)) {
            throw NotFoundException.of("network", null);
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw RuleViolationException.of(RULE_USERNAME_TAKEN);
        }
        String password = oneTimePassword();
        accounts.createWithOneTimePasswordHash(
                CurrentUser.of(username, Role.NETWORK_ADMIN, networkCode), accounts.hash(password));
        audit.record(new AuditEvent(
                "NETWORK_ADMINISTRATOR_CREATED", networkCode, null, username, null, "role=NETWORK_ADMIN"));
        return new NetworkAdministratorCredentials(username, networkCode, password);
    }

    /** 144 random bits, URL-safe: 24 characters without padding. */
    private static String oneTimePassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
