package nl.naober.account;

import java.time.Clock;
import java.util.Optional;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.identity.CurrentUser;
import nl.naober.programme.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Local mode (no OIDC issuer configured): users are the catalog's local accounts. A new user gets a generated
 * one-time password, stored only as its BCrypt hash and marked {@code must_change_password}: until the user
 * chooses their own password on the screens, they can do nothing else.
 */
@Component
@ConditionalOnExpression("'${naober.oidc.issuer-uri:}'.isEmpty()")
class LocalUserDirectory implements UserDirectory {

    private final LocalAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    LocalUserDirectory(LocalAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @CatalogTransactional(readOnly = true)
    public Page<DirectoryUser> list(String municipalityCode, Pageable pageable) {
        return accounts.findByMunicipalityCodeAndRoleIn(municipalityCode, MunicipalRole.ROLES, pageable)
                .map(LocalAccount::toDirectoryUser);
    }

    @Override
    @CatalogTransactional(readOnly = true)
    public Optional<DirectoryUser> find(String municipalityCode, String username) {
        return accounts.findByUsernameAndMunicipalityCodeAndRoleIn(username, municipalityCode, MunicipalRole.ROLES)
                .map(LocalAccount::toDirectoryUser);
    }

    @Override
    @CatalogTransactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    @Override
    @CatalogTransactional
    public ProvisionedUser create(String municipalityCode, NewMunicipalUser user) {
        String oneTimePassword = OneTimePasswords.generate();
        LocalAccount account = accounts.saveAndFlush(LocalAccount.municipalUser(
                new CurrentUser(user.username(), user.role().role(), municipalityCode, null),
                user.welfareOrganisationId(),
                user.normalisedEmail(),
                passwordEncoder.encode(oneTimePassword),
                clock.instant()));
        return new ProvisionedUser(account.toDirectoryUser(), oneTimePassword);
    }

    @Override
    @CatalogTransactional
    public DirectoryUser setEnabled(String municipalityCode, String username, boolean enabled) {
        LocalAccount account = accounts.findByUsernameAndMunicipalityCodeAndRoleIn(
                        username, municipalityCode, MunicipalRole.ROLES)
                .orElseThrow(() -> NotFoundException.of(MunicipalUsers.SUBJECT, null));
        account.setEnabled(enabled);
        accounts.flush();
        return account.toDirectoryUser();
    }
}
