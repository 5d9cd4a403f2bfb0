package nl.naober.registration;

import java.util.List;
import nl.naober.mail.Recipient;

/**
 * Where a registration arrives: the municipality and programme as the registrant knows them, who is told, and the
 * promise made. The catalog knows all this; the web layer reads it before the tenant transaction starts.
 *
 * @param municipalityCode for links, e.g. {@code midden-drenthe}
 * @param publicUrl the address Naober is reached at, without a trailing slash, for the links in mails
 * @param consentVersion the version of the privacy statement the registrant agreed to
 * @param coordinators the municipality's active coordinators with an e-mail address
 */
public record RegistrationDesk(
        String municipalityCode,
        String municipalityName,
        String programmeName,
        String publicUrl,
        String consentVersion,
        int replyWithinWorkingDays,
        List<Recipient> coordinators) {}
