package nl.naober.appointment;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.naober.family.FamilyService;
import nl.naober.identity.CurrentActor;
import nl.naober.matching.MatchService;
import nl.naober.matching.MatchStatus;
import nl.naober.matching.MatchVocabulary.EvaluationKind;
import nl.naober.matching.NewEvaluation;
import nl.naober.programme.IntakeVisit;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.ProgrammeTime;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.supportfamily.SupportFamilyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning visits in the municipality in context: plan, move, cancel, and do one, which records the intake or
 * evaluation through the feature that owns it and marks the appointment done in the same transaction.
 */
@Service
public class Appointments {

    /**
     * "This week" in Mijn werk: today and the six days after it, so on a Friday the next Monday shows too. Planned
     * visits from before today that were neither done nor cancelled stay in view as overdue.
     */
    public static final int WEEK_DAYS = 7;

    private final AppointmentRepository appointments;
    private final FirstNames firstNames;
    private final FamilyService families;
    private final SupportFamilyService supportFamilies;
    private final MatchService matches;
    private final CurrentActor actor;
    private final Validator validator;
    private final Clock clock;

    Appointments(
            AppointmentRepository appointments,
            FirstNames firstNames,
            FamilyService families,
            SupportFamilyService supportFamilies,
            MatchService matches,
            CurrentActor actor,
            Validator validator,
            Clock clock) {
        this.appointments = appointments;
        this.firstNames = firstNames;
        this.families = families;
        this.supportFamilies = supportFamilies;
        this.matches = matches;
        this.actor = actor;
        this.validator = validator;
        this.clock = clock;
    }

    /** Plans a visit for the caller; the family, support family or match must exist here (else 404). */
    @Transactional
    public AppointmentView plan(NewAppointment planned) {
        valid(planned);
        UUID familyId = switch (planned.kind()) {
            case FAMILY_INTAKE -> families.get(planned.subjectId()).id();
            case SUPPORT_FAMILY_INTAKE -> {
                supportFamilies.get(planned.subjectId());
                yield null;
            }
            case MATCH_EVALUATION -> matches.get(planned.subjectId()).familyId();
        };
        Appointment appointment =
                appointments.saveAndFlush(new Appointment(planned, familyId, actor.username(), clock.instant()));
        return view(appointment);
    }

    @Transactional
    public AppointmentView move(UUID id, AppointmentMove move) {
        valid(move);
        Appointment appointment = find(id);
        if (move.version() != null) {
            StaleVersionException.check("appointment", move.version(), appointment.version());
        }
        appointment.move(move, clock.instant());
        return view(appointments.saveAndFlush(appointment));
    }

    @Transactional
    public AppointmentView cancel(UUID id, Long version) {
        Appointment appointment = find(id);
        if (version != null) {
            StaleVersionException.check("appointment", version, appointment.version());
        }
        appointment.cancel(clock.instant());
        return view(appointments.saveAndFlush(appointment));
    }

    /** Does a planned intake visit: records the intake at the family or support family and marks it done. */
    @Transactional
    public AppointmentView completeIntake(UUID id, IntakeVisit visit) {
        Appointment appointment = find(id);
        valid(visit);
        switch (appointment.kind()) {
            case FAMILY_INTAKE -> families.recordIntake(appointment.subjectId(), visit);
            case SUPPORT_FAMILY_INTAKE -> supportFamilies.recordIntake(appointment.subjectId(), visit);
            case MATCH_EVALUATION -> throw RuleViolationException.of("rule.appointment-kind", "kind", "EVALUATION");
        }
        appointment.done(visit.visitDate(), clock.instant());
        return view(appointments.saveAndFlush(appointment));
    }

    /** Does a planned evaluation: records it on the match and marks the appointment done. */
    @Transactional
    public AppointmentView completeEvaluation(UUID id, NewEvaluation evaluation) {
        Appointment appointment = find(id);
        valid(evaluation);
        if (appointment.kind() != AppointmentKind.MATCH_EVALUATION) {
            throw RuleViolationException.of("rule.appointment-kind", "kind", "INTAKE");
        }
        matches.evaluate(appointment.subjectId(), evaluation);
        appointment.done(evaluation.heldOn() != null ? evaluation.heldOn() : today(), clock.instant());
        return view(appointments.saveAndFlush(appointment));
    }

    /**
     * Does a planned visit of any kind: an intake is recorded at its family or support family, an evaluation on its
     * match (a TRIAL one while the match is in its trial, else PERIODIC).
     */
    @Transactional
    public AppointmentView complete(UUID id, AppointmentCompletion done) {
        Appointment appointment = find(id);
        LocalDate day =
                done.heldOn() != null ? done.heldOn() : appointment.toView(null).date();
        if (appointment.kind() == AppointmentKind.MATCH_EVALUATION) {
            EvaluationKind kind = matches.get(appointment.subjectId()).status() == MatchStatus.TRIAL
                    ? EvaluationKind.TRIAL
                    : EvaluationKind.PERIODIC;
            return completeEvaluation(
                    id, new NewEvaluation(kind, day, done.decision(), done.notes(), null, done.endReason()));
        }
        return completeIntake(id, new IntakeVisit(day, null, done.wishes(), done.notes(), done.outcome()));
    }

    @Transactional(readOnly = true)
    public AppointmentView get(UUID id) {
        return view(find(id));
    }

    /**
     * Planned visits of this week ({@value #WEEK_DAYS} days from today) and overdue ones.
     *
     * @param coordinator only this coordinator's; null for the whole municipality
     */
    @Transactional(readOnly = true)
    public List<AppointmentView> thisWeek(String coordinator) {
        return views(appointments.plannedUntil(coordinator, today().plusDays(WEEK_DAYS - 1L)));
    }

    /** Visits planned between two days (both included), in the given states. */
    @Transactional(readOnly = true)
    public List<AppointmentView> between(
            String coordinator, LocalDate from, LocalDate to, Set<AppointmentStatus> statuses) {
        return views(appointments.between(coordinator, from, to, statuses));
    }

    /** The planned visits of a family (its matches' evaluations included), a support family or a match. */
    @Transactional(readOnly = true)
    public List<AppointmentView> plannedFor(UUID subjectId) {
        return views(appointments.plannedFor(subjectId));
    }

    private List<AppointmentView> views(List<Appointment> found) {
        Map<UUID, String> names = firstNames.of(found);
        return found.stream().map(a -> a.toView(FirstNames.nameOf(a, names))).toList();
    }

    private AppointmentView view(Appointment appointment) {
        return views(List.of(appointment)).get(0);
    }

    private Appointment find(UUID id) {
        return appointments.findById(id).orElseThrow(() -> NotFoundException.of("appointment", id));
    }

    private <T> void valid(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ProgrammeTime.ZONE);
    }
}
