package nl.naober.administration.outbox;

import java.util.regex.Pattern;
import nl.naober.mail.MailOutbox;
import nl.naober.mail.MailPurpose;
import nl.naober.mail.OutboxDispatcher;
import nl.naober.mail.OutboxMailView;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.security.AdminScope;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
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
                .map(MunicipalOutboxes::forOperators);
        return new OutboxPage(municipality, mails, dispatcher.canSend());
    }

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+(@[A-Za-z0-9.-]+)");

    /**
     * What the people who run the service need to see of a mail: that it went out (or why not), when, to which
     * kind of recipient. Not what it says (a body greets a person by name and may name a family), and not whom a
     * registrant's confirmation went to: a registrant is a member of the public, so only the domain shows, also
     * inside the server's error, which often repeats the address.
     */
    static OutboxMailView forOperators(OutboxMailView mail) {
        boolean registrant = mail.purpose() == MailPurpose.REGISTRATION_CONFIRMATION
                || mail.purpose() == MailPurpose.ADDRESS_CONFIRMATION;
        return new OutboxMailView(
                mail.id(),
                mail.purpose(),
                registrant ? masked(mail.recipient()) : mail.recipient(),
                mail.subject(),
                null,
                mail.createdAt(),
                mail.status(),
                mail.attempts(),
                mail.nextAttemptAt(),
                mail.lastError() == null
                        ? null
                        : ADDRESS.matcher(mail.lastError()).replaceAll("…$1"),
                mail.sentAt());
    }

    private static String masked(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "…" : "…" + address.substring(at);
    }
}
