package nl.naober.account;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.audit.AdminAudit;
import nl.naober.audit.AuditEvent;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.organisation.WelfareOrganisationView;
import nl.naober.organisation.WelfareOrganisations;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The coordinators and policy officers of a municipality, in whichever {@link UserDirectory} the security mode
 * has. The caller has already checked that the current user administers {@code municipality}. Every action is
 * audited (who, what, before and after), never with a password or hash.
 */
@Service
public class MunicipalUsers {

    public static final String USERNAME_TAKEN = "rule.username-taken";
    public static final String ORGANISATION_NOT_IN_MUNICIPALITY = "rule.welfare-organisation-not-in-municipality";

    static final String SUBJECT = "user";

    private final UserDirectory directory;
    private final WelfareOrganisations organisations;
    private final AdminAudit audit;

    MunicipalUsers(UserDirectory directory, WelfareOrganisations organisations, AdminAudit audit) {
        this.directory = directory;
        this.organisations = organisations;
        this.audit = audit;
    }

    @CatalogTransactional(readOnly = true)
    public Page<MunicipalUserView> list(MunicipalitySummary municipality, Pageable pageable) {
        Page<DirectoryUser> users = directory.list(municipality.code(), pageable);
        Set<UUID> ids = users.stream()
                .map(DirectoryUser::welfareOrganisationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, WelfareOrganisationView> names = organisations.byId(municipality.code(), ids);
        // Users without an organisation (policy officers, demo accounts) have no key to look up.
        return users.map(user ->
                view(user, user.welfareOrganisationId() == null ? null : names.get(user.welfareOrganisationId())));
    }

    /** One coordinator or policy officer of the municipality; 404 for anyone else. */
    @CatalogTransactional(readOnly = true)
    public MunicipalUserView get(MunicipalitySummary municipality, String username) {
        DirectoryUser user =
                directory.find(municipality.code(), username).orElseThrow(() -> NotFoundException.of(SUBJECT, null));
        return view(user, organisationOf(municipality, user));
    }

    /**
     * Adds a user, enabled. 409 when the username is taken anywhere on the platform or the organisation is not one
     * of this municipality's. In local mode the answer carries the one-time password.
     */
    @CatalogTransactional
    public NewUserCredentials create(MunicipalitySummary municipality, NewMunicipalUser user) {
        WelfareOrganisationView organisation = null;
        if (user.welfareOrganisationId() != null) {
            organisation = organisations
                    .find(municipality.code(), user.welfareOrganisationId())
                    .orElseThrow(() -> RuleViolationException.of(ORGANISATION_NOT_IN_MUNICIPALITY));
        }
        if (directory.exists(user.username())) {
            throw RuleViolationException.of(USERNAME_TAKEN);
        }
        ProvisionedUser provisioned = directory.create(municipality.code(), user);
        audit.record(event(
                "USER_CREATED",
                municipality,
                user.username(),
                null,
                provisioned.user().summary()));
        return new NewUserCredentials(view(provisioned.user(), organisation), provisioned.oneTimePassword());
    }

    /** The user can no longer log in (its next request is refused); its name stays taken. */
    @CatalogTransactional
    public MunicipalUserView deactivate(MunicipalitySummary municipality, String username) {
        return setEnabled(municipality, username, false, "USER_DEACTIVATED");
    }

    @CatalogTransactional
    public MunicipalUserView activate(MunicipalitySummary municipality, String username) {
        return setEnabled(municipality, username, true, "USER_ACTIVATED");
    }

    private MunicipalUserView setEnabled(
            MunicipalitySummary municipality, String username, boolean enabled, String action) {
        DirectoryUser before =
                directory.find(municipality.code(), username).orElseThrow(() -> NotFoundException.of(SUBJECT, null));
        DirectoryUser after = directory.setEnabled(municipality.code(), username, enabled);
        audit.record(event(action, municipality, username, before.summary(), after.summary()));
        return view(after, organisationOf(municipality, after));
    }

    private @Nullable WelfareOrganisationView organisationOf(MunicipalitySummary municipality, DirectoryUser user) {
        return user.welfareOrganisationId() == null
                ? null
                : organisations
                        .find(municipality.code(), user.welfareOrganisationId())
                        .orElse(null);
    }

    private static MunicipalUserView view(DirectoryUser user, @Nullable WelfareOrganisationView organisation) {
        return new MunicipalUserView(
                user.username(),
                user.role(),
                user.welfareOrganisationId(),
                organisation == null ? null : organisation.name(),
                user.enabled(),
                user.mustChangePassword(),
                user.email());
    }

    private static AuditEvent event(
            String action,
            MunicipalitySummary municipality,
            String username,
            @Nullable String before,
            @Nullable String after) {
        return new AuditEvent(
                action, municipality.networkCode(), municipality.code(), SUBJECT + ":" + username, before, after);
    }
}
