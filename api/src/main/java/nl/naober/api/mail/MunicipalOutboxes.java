package nl.naober.api.mail;

import nl.naober.admin.municipality.MunicipalitySummary;
import nl.naober.api.admin.settings.AdminScope;
import nl.naober.core.mail.MailOutbox;
import nl.naober.core.mail.MailPurpose;
import nl.naober.core.mail.OutboxDispatcher;
import nl.naober.core.mail.OutboxMailView;
import nl.naober.core.tenancy.Tenant;
import nl.naober.core.tenancy.TenantContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A municipality's outbox for those who run the service: the network admin of its network and the platform admin.
 * For anyone else, and for a code that is not an active municipality, it is the same 404: nobody learns what exists
 * in another network. The role rule itself ({@code @PreAuthorize}) is the caller's.
 */
@Component
public class MunicipalOutboxes {

    private final AdminScope scope;
    private final MailOutbox outbox;
    private final OutboxDispatcher dispatcher;

    MunicipalOutboxes(AdminScope scope, MailOutbox outbox, OutboxDispatcher dispatcher) {
        this.scope = scope;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
    }

    /**
     * One page of the outbox, newest first.
     *
     * @param mailServerConfigured false: mail is kept but not sent (no {@code spring.mail.host})
     */
    public record OutboxPage(
            MunicipalitySummary municipality, Page<OutboxMailView> mails, boolean mailServerConfigured) {}

    public OutboxPage page(String code, int page, int size) {
        MunicipalitySummary municipality = scope.administeredMunicipality(code);
        Page<OutboxMailView> mails = TenantContext.call(
                        Tenant.of(municipality.code()), () -> outbox.list(PageRequest.of(page, size)))
                .map(MunicipalOutboxes::withoutRegistrantAddress);
        return new OutboxPage(municipality, mails, dispatcher.canSend());
    }

    /**
     * A registrant is a member of the public, not staff: the administrator sees that a confirmation went out and
     * to which domain, not to whom.
     */
    static OutboxMailView withoutRegistrantAddress(OutboxMailView mail) {
        if (mail.purpose() != MailPurpose.REGISTRATION_CONFIRMATION) {
            return mail;
        }
        int at = mail.recipient().lastIndexOf('@');
        String masked = at < 0 ? "…" : "…" + mail.recipient().substring(at);
        return new OutboxMailView(
                mail.id(),
                mail.purpose(),
                masked,
                mail.subject(),
                mail.body(),
                mail.createdAt(),
                mail.status(),
                mail.attempts(),
                mail.nextAttemptAt(),
                mail.lastError(),
                mail.sentAt());
    }
}
