package nl.naober.demo.casefiles;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.naober.programme.IntakeOutcome;
import nl.naober.programme.IntakeVisit;
import nl.naober.supportfamily.MemberView;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyStatus;
import nl.naober.supportfamily.SupportFamilyStatusChange;
import nl.naober.supportfamily.SupportFamilyView;
import nl.naober.supportfamily.VogRequest;

/**
 * The fifteen demo support families, screened the way a coordinator does it: household, VOG per adult, intake,
 * then AVAILABLE through the service's own checks. A few are left where the screens have something to show: a VOG
 * still requested, an expired VOG, a household child turning 18 soon, one family paused and one stopped.
 */
final class DemoSupportFamilies {

    static final int COUNT = 15;

    /** Indexes with a role; all others end AVAILABLE. */
    static final int TEEN_TURNING_18 = 2;

    static final int PAUSED = 11;
    static final int STOPPED = 12;
    static final int VOG_REQUESTED = 13;
    static final int VOG_EXPIRED = 14;

    /** Support families that get an open match, and those whose matches all ended (so they may pause or stop). */
    static final List<Integer> FOR_OPEN_MATCHES = List.of(0, 1, 2, 3, 4, 5, 6, 7);

    static final List<Integer> FOR_ENDED_MATCHES = List.of(8, 9, PAUSED, STOPPED);

    private final SupportFamilyService supportFamilies;
    private final DemoHouseholds households;
    private final Period vogValidity;
    private final LocalDate today;

    /** Called after each household or story: see {@code DemoCaseData#checkpoint}. */
    private final Runnable checkpoint;

    DemoSupportFamilies(
            SupportFamilyService supportFamilies,
            DemoHouseholds households,
            Period vogValidity,
            LocalDate today,
            Runnable checkpoint) {
        this.supportFamilies = supportFamilies;
        this.households = households;
        this.vogValidity = vogValidity;
        this.today = today;
        this.checkpoint = checkpoint;
    }

    List<SupportFamilyView> registerAll() {
        List<SupportFamilyView> registered = new ArrayList<>();
        for (int index = 0; index < COUNT; index++) {
            SupportFamilyView view =
                    supportFamilies.register(households.supportFamily(index + 1, index == TEEN_TURNING_18));
            if (index < VOG_REQUESTED) {
                view = firstCertificates(view);
            }
            view = certificates(view, index);
            IntakeVisit intake = intake(index, view.registrationDate());
            view = supportFamilies.recordIntake(view.id(), intake);
            if (index < VOG_REQUESTED) {
                view = supportFamilies.changeStatus(
                        view.id(),
                        new SupportFamilyStatusChange(
                                SupportFamilyStatus.AVAILABLE, view.version(), intake.visitDate()));
            }
            registered.add(view);
            checkpoint.run();
        }
        return registered;
    }

    /** After the matching history: one family takes a break, one stops (both have only ended matches). */
    void pauseAndStop(List<SupportFamilyView> registered) {
        move(registered.get(PAUSED), SupportFamilyStatus.PAUSED);
        move(registered.get(STOPPED), SupportFamilyStatus.STOPPED);
    }

    private void move(SupportFamilyView registered, SupportFamilyStatus target) {
        SupportFamilyView current = supportFamilies.get(registered.id());
        supportFamilies.changeStatus(current.id(), new SupportFamilyStatusChange(target, current.version()));
    }

    /**
     * The VOGs the adults brought when they registered, about two years ago: the matches of those years are judged
     * against them (the VOGs of {@link #certificates} are their renewals).
     */
    private SupportFamilyView firstCertificates(SupportFamilyView view) {
        SupportFamilyView current = view;
        LocalDate requested = view.registrationDate().plusDays(2);
        for (MemberView adult :
                view.members().stream().filter(MemberView::adult).toList()) {
            current = supportFamilies.requestVog(
                    current.id(), adult.id(), new VogRequest(requested, requested.plusDays(8)));
        }
        return current;
    }

    private SupportFamilyView certificates(SupportFamilyView view, int index) {
        List<MemberView> adults =
                view.members().stream().filter(MemberView::adult).toList();
        SupportFamilyView current = view;
        for (int i = 0; i < adults.size(); i++) {
            VogRequest request;
            if (index == VOG_EXPIRED && i == 0) {
                LocalDate requested = today.minus(vogValidity).minusDays(households.between(40, 120));
                request = new VogRequest(requested, requested.plusDays(14));
            } else if (index == VOG_REQUESTED && i == adults.size() - 1) {
                request = new VogRequest(households.daysAgo(8, 25), null);
            } else {
                LocalDate requested = households.daysAgo(30, 700);
                request = new VogRequest(requested, requested.plusDays(households.between(7, 21)));
            }
            current = supportFamilies.requestVog(current.id(), adults.get(i).id(), request);
        }
        return current;
    }

    /** The intake two to four weeks after the registration (the draw is kept, so later draws stay the same). */
    private IntakeVisit intake(int index, LocalDate registered) {
        boolean followUp = index == VOG_EXPIRED;
        long drawn = ChronoUnit.DAYS.between(households.daysAgo(20, 420), today);
        return new IntakeVisit(
                registered.plusDays(14 + drawn % 14),
                null,
                households.pick(List.of(
                        "Eén kind, liefst op een vaste middag.",
                        "Graag een gezin uit de buurt, zodat de kinderen op de fiets kunnen komen.",
                        "Open voor logeren in het weekend.")),
                followUp
                        ? "VOG verlopen; nieuwe aanvraag besproken, vervolggesprek gepland."
                        : "Prettige kennismaking; referenties nagebeld, training gevolgd.",
                followUp ? IntakeOutcome.FOLLOW_UP : IntakeOutcome.SUITABLE);
    }
}
