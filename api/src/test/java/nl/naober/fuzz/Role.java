package nl.naober.fuzz;

/**
 * Who sends a hostile input. Every input goes out as one of these, so a refusal is checked for the caller who may
 * do the operation (the body is read) and for those who may not (refused before the body is read).
 */
enum Role {
    COORDINATOR,
    POLICY_OFFICER,
    PRIVACY_OFFICER,
    /** The admin of the path municipality's network (Buurtgezinnen for Hoogeveen and De Wolden). */
    NETWORK_ADMIN,
    /** The admin of the other network: every Hoogeveen or De Wolden path is someone else's to them. */
    OTHER_NETWORK_ADMIN,
    PLATFORM_ADMIN,
    ANONYMOUS;

    static final String NETWORK = "buurtgezinnen";

    /** The demo login for a path in this municipality; {@code null} for an anonymous caller. */
    String username(String municipality) {
        return switch (this) {
            case COORDINATOR -> "coordinator." + municipality;
            case POLICY_OFFICER -> "policy." + municipality;
            case PRIVACY_OFFICER -> "privacy." + municipality;
            case NETWORK_ADMIN -> "admin." + NETWORK;
            case OTHER_NETWORK_ADMIN -> "admin.steunoudernl";
            case PLATFORM_ADMIN -> "admin.platform";
            case ANONYMOUS -> null;
        };
    }
}
