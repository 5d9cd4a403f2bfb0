package nl.naober.municipality;

import nl.naober.audit.AuditEvent;

/** The audit trail's lines for a municipality's changes: its status (and reason) before and after. */
final class MunicipalityAuditEvents {

    private MunicipalityAuditEvents() {}

    static String status(MunicipalityDetails details) {
        return details.statusReason() == null
                ? "status=" + details.status()
                : "status=" + details.status() + ", reason=" + details.statusReason();
    }

    static AuditEvent event(String action, MunicipalityDetails details, String before, String after) {
        return new AuditEvent(action, details.networkCode(), details.code(), details.code(), before, after);
    }

    static AuditEvent event(String action, Municipality municipality, String before, String after) {
        return event(action, municipality.toDetails(), before, after);
    }
}
