package nl.naober.account;

import java.util.Arrays;
import java.util.List;
import nl.naober.identity.Role;

/** The roles a network admin may give to a user of a municipality; network and platform admins are made elsewhere. */
public enum MunicipalRole {
    COORDINATOR(Role.COORDINATOR),
    POLICY_OFFICER(Role.POLICY_OFFICER),
    PRIVACY_OFFICER(Role.PRIVACY_OFFICER);

    static final List<Role> ROLES =
            Arrays.stream(values()).map(MunicipalRole::role).toList();

    private final Role role;

    MunicipalRole(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    static MunicipalRole of(Role role) {
        return Arrays.stream(values())
                .filter(candidate -> candidate.role == role)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(role + " is not a municipal role"));
    }
}
