package nl.naober.administration.screens;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.naober.identity.CurrentUser;
import nl.naober.programme.ProgrammeTime;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.security.CurrentUsers;
import nl.naober.web.FormValidation;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the network admin's screens share: Dutch texts, the caller's network, refused changes, money and dates. */
@Component("adminScreens")
public class AdminScreens {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final int PAGE_SIZE = 20;
    private static final ZoneId ZONE = ProgrammeTime.ZONE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy", DUTCH);
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", DUTCH).withZone(ZONE);

    private final MessageSource messages;
    private final FormValidation forms;

    AdminScreens(MessageSource messages, FormValidation forms) {
        this.messages = messages;
        this.forms = forms;
    }

    /** See {@link FormValidation#validate(Object, BindingResult)}. */
    boolean validate(Object command, BindingResult result) {
        return forms.validate(command, result);
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, code, DUTCH);
    }

    /** The caller's network; a network admin always has one (the role rule ran before). */
    static String network() {
        return CurrentUsers.current()
                .map(CurrentUser::network)
                .orElseThrow(() -> new AccessDeniedException("network admin without a network"));
    }

    static String username() {
        return CurrentUsers.current()
                .map(CurrentUser::username)
                .orElseThrow(() -> new AccessDeniedException("no user"));
    }

    /** The Dutch lines of a refused change (409). */
    List<String> problems(RuntimeException refused) {
        if (refused instanceof RuleViolationException r) {
            return r.rules().stream().map(this::text).toList();
        }
        if (refused instanceof StaleVersionException) {
            return List.of(text("problem.stale-version.detail"));
        }
        throw refused;
    }

    /** Page links for a list, keeping the other query parameters; {@code param} names the page number. */
    List<PageLink> pageLinks(Page<?> page, String param, String anchor) {
        List<PageLink> links = new ArrayList<>();
        for (int i = 0; i < page.getTotalPages(); i++) {
            String url = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam(param, i)
                    .fragment(anchor)
                    .build()
                    .toUriString();
            links.add(new PageLink(i + 1, url, i == page.getNumber()));
        }
        return links;
    }

    record PageLink(int number, String url, boolean current) {}

    /** "€ 110.000,00"; empty for none. */
    public String money(BigDecimal amount) {
        return amount == null
                ? ""
                : NumberFormat.getCurrencyInstance(Locale.forLanguageTag("nl-NL"))
                        .format(amount)
                        // a credit note with the minus sign (U+2212), not a hyphen: "€ −86,40"
                        .replace('-', '\u2212');
    }

    /** An audited action in words ("Gemeente ingericht"), or its code when there are no words for it yet. */
    public String auditAction(String action) {
        return messages.getMessage("adminScreen.audit.action." + action, null, action, DUTCH);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
