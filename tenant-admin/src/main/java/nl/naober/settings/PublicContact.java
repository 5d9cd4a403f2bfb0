package nl.naober.settings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.naober.audit.AdminAudit;
import nl.naober.audit.AuditEvent;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import org.springframework.stereotype.Service;

/**
 * The contact a municipality's public registration pages show (a phone number and an e-mail address of the
 * programme's coordinators or welfare organisation), so that a parent with a question can ask before or after
 * registering. Not personal data of a family; set by the network admin.
 */
@Service
public class PublicContact {

    public static final String INVALID_PHONE = "rule.public-contact-phone-invalid";
    public static final String INVALID_EMAIL = "rule.public-contact-email-invalid";

    // The same numbers the public form accepts from a parent; an address of at most 254 characters with one @.
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    /** Either may be null: not shown. */
    public record Contact(String phone, String email) {

        public static final Contact NONE = new Contact(null, null);

        public boolean isEmpty() {
            return phone == null && email == null;
        }

        /** The phone number as a {@code tel:} link takes it: digits and a leading +. */
        public String phoneLink() {
            return phone == null ? null : phone.replaceAll("[^0-9+]", "");
        }
    }

    private final MunicipalitySettingsRepository settings;
    private final MunicipalityRegistry registry;
    private final AdminAudit audit;
    private final Clock clock;

    PublicContact(
            MunicipalitySettingsRepository settings, MunicipalityRegistry registry, AdminAudit audit, Clock clock) {
        this.settings = settings;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    @CatalogTransactional(readOnly = true)
    public Contact of(String municipalityCode) {
        return settings.findById(municipalityCode)
                .map(MunicipalitySettings::publicContact)
                .orElse(Contact.NONE);
    }

    /** Replaces the contact; blank parts are removed. 409 (rule violation) when a part is not a phone or address. */
    @CatalogTransactional
    public Contact change(String municipalityCode, Contact typed) {
        MunicipalitySummary municipality = registry.findActiveMunicipality(municipalityCode)
                .orElseThrow(() -> NotFoundException.of("municipality", null));
        Contact contact = normalised(typed);
        MunicipalitySettings stored =
                settings.findById(municipalityCode).orElseGet(() -> new MunicipalitySettings(municipalityCode));
        Contact before = stored.publicContact();
        stored.changePublicContact(contact, clock.instant());
        settings.saveAndFlush(stored);
        audit.record(new AuditEvent(
                "PUBLIC_CONTACT_CHANGED",
                municipality.networkCode(),
                municipalityCode,
                "public contact " + municipalityCode,
                before.phone() + " " + before.email(),
                contact.phone() + " " + contact.email()));
        return contact;
    }

    static Contact normalised(Contact typed) {
        String phone = blankToNull(typed == null ? null : typed.phone());
        String email = blankToNull(typed == null ? null : typed.email());
        List<String> problems = new ArrayList<>();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(INVALID_PHONE);
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(INVALID_EMAIL);
        }
        if (!problems.isEmpty()) {
            throw RuleViolationException.of(problems);
        }
        return new Contact(phone, email == null ? null : email.toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }
}
