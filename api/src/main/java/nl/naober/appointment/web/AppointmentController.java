package nl.naober.appointment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.naober.appointment.AppointmentCompletion;
import nl.naober.appointment.AppointmentMove;
import nl.naober.appointment.AppointmentStatus;
import nl.naober.appointment.AppointmentView;
import nl.naober.appointment.Appointments;
import nl.naober.appointment.NewAppointment;
import nl.naober.identity.CurrentUser;
import nl.naober.security.CurrentUsers;
import nl.naober.web.problem.FieldError;
import nl.naober.web.problem.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Planned visits (afspraken): plan, list, move, cancel, and complete one, which records the visit. */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/appointments")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Appointments", description = "Geplande bezoeken")
class AppointmentController {

    /** Whose visits: the caller's own, or all of the municipality. */
    enum Scope {
        MINE,
        ALL
    }

    private final Appointments appointments;
    private final Problems problems;

    AppointmentController(Appointments appointments, Problems problems) {
        this.appointments = appointments;
        this.problems = problems;
    }

    @GetMapping
    @Operation(
            summary = "Planned visits: without from/to this week's (today and 6 days on) and overdue ones; with from"
                    + " and to, those planned between them (both included) in any state")
    List<AppointmentView> list(
            @PathVariable String code,
            @RequestParam(defaultValue = "MINE") Scope scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        String coordinator = scope == Scope.ALL
                ? null
                : CurrentUsers.current().map(CurrentUser::username).orElseThrow();
        if (from == null || to == null) {
            return appointments.thisWeek(coordinator);
        }
        return appointments.between(coordinator, from, to, EnumSet.allOf(AppointmentStatus.class));
    }

    @PostMapping
    @Operation(summary = "Plan a visit for the caller (today or later)")
    ResponseEntity<AppointmentView> plan(
            @PathVariable String code, @Valid @RequestBody NewAppointment appointment, UriComponentsBuilder uri) {
        AppointmentView planned = appointments.plan(appointment);
        return ResponseEntity.created(uri.path("/api/v1/municipalities/{code}/appointments/{id}")
                        .buildAndExpand(code, planned.id())
                        .toUri())
                .body(planned);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One visit")
    AppointmentView get(@PathVariable String code, @PathVariable UUID id) {
        return appointments.get(id);
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Move a planned visit to another day or time")
    AppointmentView move(@PathVariable String code, @PathVariable UUID id, @Valid @RequestBody AppointmentMove move) {
        return appointments.move(id, move);
    }

    /** @param version the version the cancel starts from; optional */
    record Cancel(Long version) {}

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a planned visit")
    AppointmentView cancel(
            @PathVariable String code, @PathVariable UUID id, @RequestBody(required = false) Cancel cancel) {
        return appointments.cancel(id, cancel == null ? null : cancel.version());
    }

    @PostMapping("/{id}/complete")
    @Operation(
            summary = "Do a planned visit: records the intake (outcome, wishes, notes) or the evaluation (decision,"
                    + " notes) and marks the appointment DONE")
    AppointmentView complete(
            @PathVariable String code, @PathVariable UUID id, @RequestBody AppointmentCompletion completion) {
        return appointments.complete(id, completion);
    }

    /** The core's own validation of what a visit records: 400 with the fields, as for a request body. */
    @ExceptionHandler(ConstraintViolationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(ConstraintViolationException ex) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", locale);
        Set<ConstraintViolation<?>> violations = ex.getConstraintViolations();
        problem.setProperty(
                "errors",
                violations.stream()
                        .map(v -> new FieldError(field(v.getPropertyPath().toString()), v.getMessage()))
                        .sorted(Comparator.comparing(FieldError::field))
                        .toList());
        return problem;
    }

    /** The field as the completion names it (an intake's visitDate is its heldOn). */
    private static String field(String path) {
        return "visitDate".equals(path) ? "heldOn" : path;
    }
}
