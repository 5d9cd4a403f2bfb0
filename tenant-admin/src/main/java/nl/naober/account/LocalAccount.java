package nl.naober.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import org.jspecify.annotations.Nullable;

/** A login of the local mode: a password hash (never the password), a role and one municipality or network. */
@Entity
@Table(name = "local_account", schema = "platform")
class LocalAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Column(name = "municipality_code", length = 41)
    private @Nullable String municipalityCode;

    @Column(name = "network_code", length = 40)
    private @Nullable String networkCode;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The employer of a coordinator; {@code null} for every other role. */
    @Column(name = "welfare_organisation_id")
    private @Nullable UUID welfareOrganisationId;

    /**
     * Set for an account created with a one-time password: until the user chooses a password of their own, screens
     * lead only to the change-password page and the API answers 403 ({@code nl.naober.security}).
     */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Where notifications go; {@code null} when none was given. */
    @Column(length = 254)
    private @Nullable String email;

    protected LocalAccount() {}

    LocalAccount(CurrentUser user, String passwordHash, Instant createdAt) {
        this.username = user.username();
        this.passwordHash = passwordHash;
        this.role = user.role();
        this.municipalityCode = user.municipality();
        this.networkCode = user.network();
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** A coordinator or policy officer added by an administrator, with a one-time password's hash. */
    static LocalAccount municipalUser(
            CurrentUser user,
            @Nullable UUID welfareOrganisationId,
            @Nullable String email,
            String oneTimePasswordHash,
            Instant createdAt) {
        LocalAccount account = new LocalAccount(user, oneTimePasswordHash, createdAt);
        account.welfareOrganisationId = welfareOrganisationId;
        account.email = email;
        account.mustChangePassword = true;
        return account;
    }

    /** A network administrator or another account whose first password was generated for someone else to hand on. */
    void mustChangePassword() {
        this.mustChangePassword = true;
    }

    /** The user chose this password: the one-time password (or the previous one) no longer works. */
    void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = false;
    }

    boolean mustChangePasswordSet() {
        return mustChangePassword;
    }

    String passwordHash() {
        return passwordHash;
    }

    @Nullable
    String networkCode() {
        return networkCode;
    }

    @Nullable
    String municipalityCode() {
        return municipalityCode;
    }

    void email(@Nullable String email) {
        this.email = email;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    DirectoryUser toDirectoryUser() {
        return new DirectoryUser(
                username,
                MunicipalRole.of(role),
                municipalityCode,
                welfareOrganisationId,
                enabled,
                mustChangePassword,
                email);
    }

    LocalAccountView toView() {
        return new LocalAccountView(
                new CurrentUser(username, role, municipalityCode, networkCode),
                passwordHash,
                enabled,
                mustChangePassword,
                id);
    }
}
