package nl.naober.core.registration;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.naober.core.mail.MailPurpose;
import nl.naober.core.mail.OutgoingMail;
import nl.naober.core.mail.Recipient;
import nl.naober.core.programme.WorkingDays;

/**
 * The mails a new registration causes: one to each coordinator, one confirmation to the registrant if they gave an
 * e-mail address. Plain Dutch; to coordinators no personal detail but the registrant's first name, and a link. The
 * registrant's confirmation is a fixed text: anyone can type any address into the public form, so nothing they
 * typed (a first name could be an insult or a phishing line) is mailed to it.
 */
final class RegistrationMails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d-M-yyyy 'om' HH:mm");

    private RegistrationMails() {}

    static List<OutgoingMail> of(
            PublicRegistration registration,
            String registrantEmail,
            RegistrationReceipt receipt,
            RegistrationDesk desk) {
        List<OutgoingMail> mails = new ArrayList<>();
        for (Recipient coordinator : desk.coordinators()) {
            mails.add(new OutgoingMail(
                    "registration:" + registration.id() + ":coordinator:" + coordinator.username(),
                    MailPurpose.NEW_REGISTRATION,
                    coordinator.email(),
                    "Nieuwe aanmelding voor " + desk.programmeName() + " " + desk.municipalityName(),
                    toCoordinator(registration, coordinator, desk)));
        }
        if (registrantEmail != null && !registrantEmail.isBlank()) {
            mails.add(new OutgoingMail(
                    "registration:" + registration.id() + ":confirmation",
                    MailPurpose.REGISTRATION_CONFIRMATION,
                    registrantEmail.strip(),
                    "We hebben je aanmelding ontvangen",
                    toRegistrant(receipt, desk)));
        }
        return mails;
    }

    private static String toCoordinator(PublicRegistration registration, Recipient coordinator, RegistrationDesk desk) {
        String who = registration.kind() == RegistrationKind.FAMILY
                ? "een gezin dat steun zoekt"
                : "iemand die steungezin of steunouder wil worden";
        return greeting(coordinator.firstName())
                + "Er is een nieuwe aanmelding binnengekomen voor " + desk.programmeName() + " "
                + desk.municipalityName() + ": " + who + " (voornaam: " + registration.firstName() + ").\n"
                + "Binnengekomen op " + TIME.format(registration.receivedAt().atZone(WorkingDays.ZONE)) + ".\n\n"
                + "Pak de aanmelding op in Mijn werk:\n"
                + desk.publicUrl() + "/werk\n\n"
                + "Dit bericht is automatisch verstuurd door Naober.\n";
    }

    private static String toRegistrant(RegistrationReceipt receipt, RegistrationDesk desk) {
        return "Hallo,\n\n"
                + "Bedankt voor je aanmelding bij " + desk.programmeName() + " " + desk.municipalityName() + ".\n\n"
                + "Wat gebeurt er nu?\n"
                + "Een coördinator neemt binnen " + receipt.replyWithinWorkingDays()
                + " werkdagen contact met je op, uiterlijk op " + DAY.format(receipt.replyBy()) + ".\n"
                + "In dat gesprek maak je samen een afspraak om kennis te maken.\n\n"
                + "Meer informatie: " + desk.publicUrl() + "/aanmelden/" + desk.municipalityCode() + "\n\n"
                + "Met vriendelijke groet,\n"
                + desk.programmeName() + " " + desk.municipalityName() + "\n\n"
                + "Je krijgt deze e-mail omdat je je hebt aangemeld. Je hoeft niet te antwoorden.\n";
    }

    private static String greeting(String firstName) {
        return firstName == null || firstName.isBlank() ? "Hallo,\n\n" : "Hallo " + firstName.strip() + ",\n\n";
    }
}
