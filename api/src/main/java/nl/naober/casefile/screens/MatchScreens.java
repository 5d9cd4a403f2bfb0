package nl.naober.casefile.screens;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Supplier;
import nl.naober.appointment.AppointmentKind;
import nl.naober.matching.MatchCancellation;
import nl.naober.matching.MatchService;
import nl.naober.matching.MatchStatus;
import nl.naober.matching.MatchView;
import nl.naober.matching.TrialStart;
import nl.naober.outcome.OutcomeMoment;
import nl.naober.programme.EventDateException;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.programme.TransitionNotAllowedException;
import nl.naober.web.FormFailure;
import nl.naober.web.StaffScreen;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Matches (koppelingen): list and the detail page with what the match's state allows. */
@CaseworkScreen
@StaffScreen
@Controller
@RequestMapping("/koppelingen")
@PreAuthorize("hasRole('COORDINATOR')")
class MatchScreens {

    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Screens.DUTCH);

    private final MatchService matches;
    private final MatchPageModel pageModel;
    private final MatchRows rows;
    private final Screens screens;
    private final OutcomeRecording outcomes;
    private final FileAppointments appointments;
    private final Clock clock;

    MatchScreens(
            MatchService matches,
            MatchPageModel pageModel,
            MatchRows rows,
            Screens screens,
            OutcomeRecording outcomes,
            FileAppointments appointments,
            Clock clock) {
        this.outcomes = outcomes;
        this.appointments = appointments;
        this.clock = clock;
        this.matches = matches;
        this.pageModel = pageModel;
        this.rows = rows;
        this.screens = screens;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) MatchStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<MatchView> found = matches.list(
                status == null ? EnumSet.allOf(MatchStatus.class) : EnumSet.of(status),
                PageRequest.of(Math.max(page, 0), Screens.PAGE_SIZE, Sort.by(Sort.Order.desc("proposedOn"))));
        model.addAttribute("status", status);
        model.addAttribute("page", found);
        model.addAttribute("rows", rows.of(found.getContent()));
        model.addAttribute("pageLinks", screens.pageLinks(found));
        return "casework/koppelingen";
    }

    /** @param afspraak a planned evaluation to record: the evaluation form is filled in with its date */
    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, @RequestParam(required = false) UUID afspraak, Model model) {
        appointments
                .planned(afspraak, AppointmentKind.MATCH_EVALUATION, id)
                .ifPresent(appointment -> model.addAttribute("plannedEvaluation", appointment));
        pageModel.fill(id, model);
        return "casework/koppeling";
    }

    @PostMapping("/{id}/proefperiode")
    String startTrial(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return dated(
                id,
                () -> matches.startTrial(id, new TrialStart(startDate, version)),
                "screen.notice.trial",
                "trial-startDate",
                startDate,
                redirect);
    }

    @PostMapping("/{id}/annuleren")
    String cancel(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate cancelledOn,
            RedirectAttributes redirect) {
        return dated(
                id,
                () -> matches.cancel(id, new MatchCancellation(version, cancelledOn)),
                "screen.notice.cancelled",
                "cancel-cancelledOn",
                cancelledOn,
                redirect);
    }

    @PostMapping("/{id}/evaluaties")
    String evaluate(
            @PathVariable UUID id,
            @ModelAttribute("evaluationForm") EvaluationForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        FormFailure failure = FormFailure.at(page(id), "evaluatie").form("evaluationForm", form, result);
        boolean valid = screens.validate(form.toCommand(), result);
        if (!outcomes.validate(form, result) || !valid) {
            return failure.redirect(redirect);
        }
        return change(
                id,
                () -> outcomes.together(
                        () -> appointments.recordEvaluation(form, id)
                                ? matches.get(id)
                                : matches.evaluate(id, form.toCommand()),
                        form.getMeasure(),
                        OutcomeMoment.EVALUATION,
                        MatchView::familyId,
                        MatchView::id,
                        form.getHeldOn()),
                "screen.notice.evaluation",
                failure,
                redirect);
    }

    @PostMapping("/{id}/contacten")
    String contact(
            @PathVariable UUID id,
            @ModelAttribute("contactForm") ContactForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        FormFailure failure = FormFailure.at(page(id), "contact").form("contactForm", form, result);
        if (!screens.validate(form.toCommand(), result)) {
            return failure.redirect(redirect);
        }
        return change(
                id, () -> matches.recordContact(id, form.toCommand()), "screen.notice.contact", failure, redirect);
    }

    @PostMapping("/{id}/signalen")
    String signal(
            @PathVariable UUID id,
            @ModelAttribute("signalForm") SignalForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        FormFailure failure = FormFailure.at(page(id), "signaal").form("signalForm", form, result);
        if (!screens.validate(form.toCommand(), result)) {
            return failure.redirect(redirect);
        }
        return change(id, () -> matches.recordSignal(id, form.toCommand()), "screen.notice.signal", failure, redirect);
    }

    @PostMapping("/{id}/afsluiten")
    String close(
            @PathVariable UUID id,
            @ModelAttribute("closeForm") CloseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        FormFailure failure = FormFailure.at(page(id), "afsluiten").form("closeForm", form, result);
        boolean valid = screens.validate(form.toCommand(), result);
        if (!outcomes.validate(form, result) || !valid) {
            return failure.redirect(redirect);
        }
        if (!form.isConfirmed()) {
            return closeConfirmation(id, form, model);
        }
        return change(
                id,
                () -> outcomes.together(
                        () -> matches.close(id, form.toCommand()),
                        form.getMeasure(),
                        OutcomeMoment.CLOSING,
                        MatchView::familyId,
                        MatchView::id,
                        form.getEndedOn()),
                "screen.notice.closed",
                failure,
                redirect);
    }

    /** Closing cannot be undone: the first submit shows what will happen, with the choices kept for the "yes". */
    private String closeConfirmation(UUID id, CloseForm form, Model model) {
        MatchRows.MatchRow row = rows.of(matches.get(id));
        model.addAttribute("row", row);
        model.addAttribute("match", row.match());
        LocalDate endedOn = form.getEndedOn() != null ? form.getEndedOn() : LocalDate.now(clock);
        model.addAttribute("endedOn", LONG_DATE.format(endedOn));
        return "casework/koppeling-afsluiten";
    }

    /** A change of the match; refused (409), its lines come back at the form that asked for it. */
    private String change(
            UUID id, Supplier<MatchView> change, String notice, FormFailure failure, RedirectAttributes redirect) {
        try {
            change.get();
        } catch (TransitionNotAllowedException
                | StaleVersionException
                | RuleViolationException
                | EventDateException refused) {
            return failure.refused(screens.problems(refused)).redirect(redirect);
        }
        redirect.addFlashAttribute("notice", screens.text(notice));
        return "redirect:" + page(id);
    }

    /**
     * A change with one date field and no form object: an impossible day comes back at that field ({@link
     * DateRefusal}), any other refusal in the page's problem box.
     */
    private String dated(
            UUID id,
            Supplier<MatchView> change,
            String notice,
            String dateField,
            LocalDate typed,
            RedirectAttributes redirect) {
        try {
            change.get();
        } catch (EventDateException date) {
            return screens.refusedDate(dateField, typed, date).redirect(page(id), redirect);
        } catch (TransitionNotAllowedException | StaleVersionException | RuleViolationException refused) {
            return FormFailure.at(page(id), FormFailure.PROBLEMS)
                    .refused(screens.problems(refused))
                    .redirect(redirect);
        }
        redirect.addFlashAttribute("notice", screens.text(notice));
        return "redirect:" + page(id);
    }

    private static String page(UUID id) {
        return "/koppelingen/" + id;
    }
}
