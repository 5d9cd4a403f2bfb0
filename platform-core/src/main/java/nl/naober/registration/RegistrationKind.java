package nl.naober.registration;

/** "Ik zoek steun voor mijn gezin" or "Ik wil steungezin/steunouder worden". */
public enum RegistrationKind {
    FAMILY,
    SUPPORT_FAMILY
}
