package nl.naober.account;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.naober.programme.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Keycloak mode: coordinators and policy officers are users of the realm, provisioned through Keycloak's admin API
 * with the {@code naober-admin} service account. A municipal user is a realm user with realm role
 * {@code coordinator} or {@code policy-officer} and the municipality's code in the membership attribute (which the
 * realm maps into the token's {@code organization} claim). A new user gets a temporary one-time password and the
 * required action to set their own at first login; a step that fails after the user exists deletes it again.
 */
@Component
@ConditionalOnExpression("!'${naober.oidc.issuer-uri:}'.isEmpty()")
@EnableConfigurationProperties(KeycloakAdminProperties.class)
class KeycloakUserDirectory implements UserDirectory, DisposableBean {

    static final String WELFARE_ORGANISATION_ATTRIBUTE = "welfare_organisation_id";
    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    private static final int ROLE_MEMBERS_MAX = 10_000;

    private final Keycloak keycloak;
    private final String realm;
    private final String membershipAttribute;

    KeycloakUserDirectory(@Value("${naober.oidc.issuer-uri}") String issuerUri, KeycloakAdminProperties properties) {
        RealmUrl url = RealmUrl.of(issuerUri);
        this.realm = url.realm();
        this.membershipAttribute = properties.membershipAttribute();
        // The client fetches (and refreshes) its service-account token on first use, not here.
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(url.serverUrl())
                .realm(realm)
                .grantType("client_credentials")
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .build();
    }

    /**
     * All members of the two municipal roles (two calls with full representations), narrowed to the municipality
     * and paged here: Keycloak cannot filter on role and attribute in one query. A municipality has tens of users.
     */
    @Override
    public Page<DirectoryUser> list(String municipalityCode, Pageable pageable) {
        List<DirectoryUser> users = new ArrayList<>();
        for (MunicipalRole role : MunicipalRole.values()) {
            realm().roles().get(role.role().realmRole()).getUserMembers(false, 0, ROLE_MEMBERS_MAX).stream()
                    .filter(user -> municipalityCode.equals(attribute(user, membershipAttribute)))
                    .map(user -> toDirectoryUser(user, role, municipalityCode))
                    .forEach(users::add);
        }
        users.sort(Comparator.comparing(DirectoryUser::username));
        int from = (int) Math.min(pageable.getOffset(), users.size());
        int to = Math.min(from + pageable.getPageSize(), users.size());
        return new PageImpl<>(users.subList(from, to), pageable, users.size());
    }

    @Override
    public Optional<DirectoryUser> find(String municipalityCode, String username) {
        return municipalUser(municipalityCode, username)
                .map(found -> toDirectoryUser(found.user(), found.role(), municipalityCode));
    }

    @Override
    public boolean exists(String username) {
        return byUsername(username).isPresent();
    }

    @Override
    public ProvisionedUser create(String municipalityCode, NewMunicipalUser user) {
        String oneTimePassword = OneTimePasswords.generate();
        UserRepresentation representation = new UserRepresentation();
        representation.setUsername(user.username());
        representation.setEnabled(true);
        if (user.normalisedEmail() != null) {
            // an administrator typed it for a colleague: Keycloak need not send a verification mail
            representation.setEmail(user.normalisedEmail());
            representation.setEmailVerified(true);
        }
        representation.setAttributes(attributes(municipalityCode, user.welfareOrganisationId()));
        representation.setRequiredActions(List.of(UPDATE_PASSWORD));
        representation.setCredentials(List.of(temporaryPassword(oneTimePassword)));
        String id;
        try (Response response = realm().users().create(representation)) {
            id = CreatedResponseUtil.getCreatedId(response);
        }
        try {
            RoleRepresentation role =
                    realm().roles().get(user.role().role().realmRole()).toRepresentation();
            realm().users().get(id).roles().realmLevel().add(List.of(role));
        } catch (RuntimeException roleFailed) {
            deleteQuietly(id, roleFailed);
            throw roleFailed;
        }
        UserRepresentation created = realm().users().get(id).toRepresentation();
        return new ProvisionedUser(toDirectoryUser(created, user.role(), municipalityCode), oneTimePassword);
    }

    @Override
    public DirectoryUser setEnabled(String municipalityCode, String username, boolean enabled) {
        MunicipalUser found = municipalUser(municipalityCode, username)
                .orElseThrow(() -> NotFoundException.of(MunicipalUsers.SUBJECT, null));
        UserRepresentation user = found.user();
        UserResource resource = realm().users().get(user.getId());
        user.setEnabled(enabled);
        resource.update(user);
        if (!enabled) {
            resource.logout(); // ends its sessions; tokens already issued expire within their short lifetime
        }
        return toDirectoryUser(user, found.role(), municipalityCode);
    }

    @Override
    public void destroy() {
        keycloak.close();
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    /** The user with its municipal role, if it is a coordinator or policy officer of this municipality. */
    private Optional<MunicipalUser> municipalUser(String municipalityCode, String username) {
        return byUsername(username)
                .filter(user -> municipalityCode.equals(attribute(user, membershipAttribute)))
                .flatMap(user -> municipalRole(user.getId()).map(role -> new MunicipalUser(user, role)));
    }

    private record MunicipalUser(UserRepresentation user, MunicipalRole role) {}

    private Optional<UserRepresentation> byUsername(String username) {
        // briefRepresentation=false: the attributes are needed
        return realm().users().search(username, null, null, null, 0, 2, null, false, true).stream()
                .filter(user -> username.equalsIgnoreCase(user.getUsername()))
                .findFirst();
    }

    private Optional<MunicipalRole> municipalRole(String userId) {
        List<String> roles = realm().users().get(userId).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName)
                .toList();
        for (MunicipalRole role : MunicipalRole.values()) {
            if (roles.contains(role.role().realmRole())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private Map<String, List<String>> attributes(String municipalityCode, @Nullable UUID welfareOrganisationId) {
        return welfareOrganisationId == null
                ? Map.of(membershipAttribute, List.of(municipalityCode))
                : Map.of(
                        membershipAttribute,
                        List.of(municipalityCode),
                        WELFARE_ORGANISATION_ATTRIBUTE,
                        List.of(welfareOrganisationId.toString()));
    }

    private static CredentialRepresentation temporaryPassword(String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        return credential;
    }

    private void deleteQuietly(String id, RuntimeException cause) {
        try (Response ignored = realm().users().delete(id)) {
            // the half-made user is gone
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException deleteFailed) {
            cause.addSuppressed(deleteFailed);
        }
    }

    private static DirectoryUser toDirectoryUser(UserRepresentation user, MunicipalRole role, String municipality) {
        String organisation = attribute(user, WELFARE_ORGANISATION_ATTRIBUTE);
        List<String> actions = user.getRequiredActions() == null ? List.of() : user.getRequiredActions();
        return new DirectoryUser(
                user.getUsername(),
                role,
                municipality,
                organisation == null ? null : UUID.fromString(organisation),
                Boolean.TRUE.equals(user.isEnabled()),
                actions.contains(UPDATE_PASSWORD),
                user.getEmail());
    }

    private static @Nullable String attribute(UserRepresentation user, String name) {
        if (user.getAttributes() == null) {
            return null;
        }
        List<String> values = user.getAttributes().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** {@code http://host:port/realms/naober} is the server {@code http://host:port} and the realm {@code naober}. */
    record RealmUrl(String serverUrl, String realm) {

        static RealmUrl of(String issuerUri) {
            String path = URI.create(issuerUri).getPath();
            int at = path.lastIndexOf("/realms/");
            if (at < 0) {
                throw new IllegalArgumentException("Not a Keycloak realm issuer: " + issuerUri);
            }
            String server = issuerUri.substring(0, issuerUri.indexOf(path)) + path.substring(0, at);
            return new RealmUrl(server, path.substring(at + "/realms/".length()));
        }
    }
}
