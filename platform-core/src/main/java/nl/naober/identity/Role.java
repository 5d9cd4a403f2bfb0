package nl.naober.identity;

/** The roles of DESIGN.md; {@link #realmRole()} is the Keycloak realm role name. */
public enum Role {
    COORDINATOR("coordinator", Membership.MUNICIPALITY),
    POLICY_OFFICER("policy-officer", Membership.MUNICIPALITY),
    /** The municipality's privacy officer (FG): its access log, approvals of exports and erasures; no case data. */
    PRIVACY_OFFICER("privacy-officer", Membership.MUNICIPALITY),
    NETWORK_ADMIN("network-admin", Membership.NETWORK),
    PLATFORM_ADMIN("platform-admin", Membership.NONE);

    /** What a user of this role belongs to. */
    public enum Membership {
        MUNICIPALITY,
        NETWORK,
        NONE
    }

    private final String realmRole;
    private final Membership membership;

    Role(String realmRole, Membership membership) {
        this.realmRole = realmRole;
        this.membership = membership;
    }

    public String realmRole() {
        return realmRole;
    }

    public Membership membership() {
        return membership;
    }

    /** The Spring Security authority, e.g. {@code ROLE_COORDINATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
