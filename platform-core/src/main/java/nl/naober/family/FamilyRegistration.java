package nl.naober.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import nl.naober.caserecord.CaseAddresses;
import nl.naober.programme.Address;
import nl.naober.programme.EventDateException;
import nl.naober.programme.RuleViolationException;
import nl.naober.timeline.Timeline;
import nl.naober.timeline.TimelineEvent;
import org.springframework.stereotype.Component;

/** Registering a family, by a coordinator or by the family itself, in the caller's transaction. */
@Component
class FamilyRegistration {

    private final FamilyRepository families;
    private final CaseAddresses addresses;
    private final Timeline timeline;
    private final Clock clock;

    FamilyRegistration(FamilyRepository families, CaseAddresses addresses, Timeline timeline, Clock clock) {
        this.families = families;
        this.addresses = addresses;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * A family that registered itself: no coordinator yet. An e-mail address another family already uses is not
     * refused (that would tell a stranger who is registered); it is kept in a note for the coordinator instead.
     */
    FamilyView registerSelf(NewFamily command) {
        String email = normaliseEmail(command.contactEmail());
        if (email == null || !families.existsByContactEmail(email)) {
            return register(command, null);
        }
        FamilyView family = register(command.withoutEmail(), null);
        timeline.record(TimelineEvent.family(
                family.id(), "NOTE", "E-mailadres bij de aanmelding, al bekend bij een" + " ander gezin: " + email));
        return family;
    }

    FamilyView register(NewFamily command, String coordinator) {
        String email = normaliseEmail(command.contactEmail());
        if (email != null && families.existsByContactEmail(email)) {
            throw DuplicateFamilyException.sameEmail();
        }
        checkReferrer(command.source(), command.referringOrganisation());
        LocalDate today = LocalDate.now(clock);
        LocalDate registered = EventDateException.dateOrToday("registrationDate", command.registrationDate(), today);
        Address address = addresses.located(command.address());
        Family family = new Family(command, address, email, registered, coordinator, clock.instant());
        families.save(family);
        timeline.record(
                TimelineEvent.family(family.id(), "REGISTERED", family.status().name())
                        .on(registered));
        return family.toView(today);
    }

    /** OTHER says nothing without the organisation; a family that came by itself names none (issue 16). */
    private static void checkReferrer(RegistrationSource source, String organisation) {
        boolean named = organisation != null && !organisation.isBlank();
        RegistrationSource given = source != null ? source : RegistrationSource.SELF_REGISTRATION;
        if (given.needsOrganisation() && !named) {
            throw RuleViolationException.of("rule.referral-needs-organisation");
        }
        if (!given.mayNameOrganisation() && named) {
            throw RuleViolationException.of("rule.self-registration-names-no-organisation");
        }
    }

    static String normaliseEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
