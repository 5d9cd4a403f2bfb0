package nl.naober.registration.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.naober.registration.RegistrationKind;
import nl.naober.registration.RegistrationReceipt;

/**
 * What the thank-you page says after a registration, carried across the redirect (a flash attribute). No personal
 * data: whether an e-mail address was given, not the address.
 *
 * @param replyBy e.g. "dinsdag 12 mei 2026"
 */
record Thanks(RegistrationKind kind, int workingDays, String replyBy, boolean emailGiven) implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FormErrors.DUTCH);

    static Thanks of(RegistrationReceipt receipt, boolean emailGiven) {
        return new Thanks(receipt.kind(), receipt.replyWithinWorkingDays(), day(receipt.replyBy()), emailGiven);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    public boolean isFamily() {
        return kind == RegistrationKind.FAMILY;
    }
}
