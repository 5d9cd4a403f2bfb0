package nl.naober.registration;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.naober.mail.MailPurpose;
import nl.naober.mail.OutgoingMail;
import nl.naober.mail.Recipient;
import nl.naober.programme.ProgrammeTime;
import org.jspecify.annotations.Nullable;

/**
 * The mails a new registration causes: one to each coordinator, and, if they gave an e-mail address, a receipt to the
 * registrant, held until the address is confirmed ({@link AddressConfirmations}). Plain Dutch; to coordinators no personal detail but the registrant's first name, and a link. The
 * registrant's confirmation is a fixed text: anyone can type any address into the public form, so nothing they
 * typed (a first name could be an insult or a phishing line) is mailed to it.
 */
final class RegistrationMails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d-M-yyyy 'om' HH:mm");

    private RegistrationMails() {}

    /** To the municipality's coordinators. */
    static List<OutgoingMail> toCoordinators(PublicRegistration registration, RegistrationDesk desk) {
        List<OutgoingMail> mails = new ArrayList<>();
        for (Recipient coordinator : desk.coordinators()) {
            mails.add(new OutgoingMail(
                    "registration:" + registration.id() + ":coordinator:" + coordinator.username(),
                    MailPurpose.NEW_REGISTRATION,
                    coordinator.email(),
                    "Nieuwe aanmelding voor " + desk.programmeName() + " " + desk.municipalityName(),
                    toCoordinator(registration, coordinator, desk)));
        }
        return mails;
    }

    /** To the registrant; held until their address is confirmed. */
    static OutgoingMail receipt(
            PublicRegistration registration,
            String registrantEmail,
            RegistrationReceipt receipt,
            RegistrationDesk desk) {
        return new OutgoingMail(
                "registration:" + registration.id() + ":confirmation",
                MailPurpose.REGISTRATION_CONFIRMATION,
                registrantEmail.strip(),
                "We hebben je aanmelding ontvangen",
                toRegistrant(receipt, desk));
    }

    /**
     * The first mail to a registrant's address: a fixed text with the link that confirms it. It names the programme
     * and municipality (the catalog's words), never anything typed into the form.
     */
    static OutgoingMail addressConfirmation(UUID confirmation, String address, String token, RegistrationDesk desk) {
        String programme = desk.programmeName() + " " + desk.municipalityName();
        return new OutgoingMail(
                "address-confirmation:" + confirmation,
                MailPurpose.ADDRESS_CONFIRMATION,
                address,
                "Bevestig je e-mailadres",
                "Hallo,\n\n"
                        + "Met dit e-mailadres is een aanmelding gedaan bij " + programme + ".\n"
                        + "Was jij dat? Bevestig dan je e-mailadres met deze link:\n\n"
                        + desk.publicUrl() + "/aanmelden/" + desk.municipalityCode() + "/bevestigen/" + token
                        + "\n\n"
                        + "Pas daarna sturen we je andere berichten over je aanmelding. De link werkt "
                        + AddressConfirmations.VALID_FOR.toDays() + " dagen en één keer.\n\n"
                        + "Heb je je niet aangemeld? Dan hoef je niets te doen: zonder bevestiging sturen we je geen"
                        + " e-mail meer.\n\n"
                        + "Met vriendelijke groet,\n"
                        + programme + "\n");
    }

    private static String toCoordinator(PublicRegistration registration, Recipient coordinator, RegistrationDesk desk) {
        String who = registration.kind() == RegistrationKind.FAMILY
                ? "een gezin dat steun zoekt"
                : "iemand die steungezin of steunouder wil worden";
        return greeting(coordinator.firstName())
                + "Er is een nieuwe aanmelding binnengekomen voor " + desk.programmeName() + " "
                + desk.municipalityName() + ": " + who + " (voornaam: " + registration.firstName() + ").\n"
                + "Binnengekomen op " + TIME.format(registration.receivedAt().atZone(ProgrammeTime.ZONE)) + ".\n\n"
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

    private static String greeting(@Nullable String firstName) {
        return firstName == null || firstName.isBlank() ? "Hallo,\n\n" : "Hallo " + firstName.strip() + ",\n\n";
    }
}
