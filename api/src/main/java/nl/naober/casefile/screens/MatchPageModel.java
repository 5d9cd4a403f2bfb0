package nl.naober.casefile.screens;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.appointment.AppointmentKind;
import nl.naober.appointment.AppointmentView;
import nl.naober.family.ChildView;
import nl.naober.family.FamilyService;
import nl.naober.matching.MatchService;
import nl.naober.matching.MatchStatus;
import nl.naober.matching.MatchView;
import nl.naober.matching.MatchVocabulary;
import nl.naober.timeline.Timeline;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the match page shows: the match with its families, the children it is for, whether the trial still runs, the
 * forms its state allows, its timeline and planned evaluations. Beside {@link MatchScreens}, which keeps the changes.
 */
@Component
class MatchPageModel {

    private final MatchService matches;
    private final FamilyService families;
    private final MatchRows rows;
    private final Timeline timeline;
    private final Screens screens;
    private final FileAppointments appointments;
    private final Clock clock;

    MatchPageModel(
            MatchService matches,
            FamilyService families,
            MatchRows rows,
            Timeline timeline,
            Screens screens,
            FileAppointments appointments,
            Clock clock) {
        this.matches = matches;
        this.families = families;
        this.rows = rows;
        this.timeline = timeline;
        this.screens = screens;
        this.appointments = appointments;
        this.clock = clock;
    }

    /** The match page's model, in the order the page always had it. */
    void fill(UUID id, Model model) {
        MatchRows.MatchRow row = rows.of(matches.get(id));
        MatchView match = row.match();
        List<String> children = families.get(match.familyId()).children().stream()
                .filter(child -> match.childIds().contains(child.id()))
                .map(ChildView::firstName)
                .toList();
        model.addAttribute("row", row);
        model.addAttribute("match", match);
        model.addAttribute("children", children);
        boolean trialRunsOn = match.status() == MatchStatus.TRIAL
                && match.trialPlannedEnd() != null
                && LocalDate.now(clock).isBefore(match.trialPlannedEnd());
        model.addAttribute("trialRunsOn", trialRunsOn);
        if (trialRunsOn) {
            model.addAttribute("trialPlannedEndText", MatchScreens.LONG_DATE.format(match.trialPlannedEnd()));
        }
        openForms(match, model);
        model.addAttribute(
                "timeline",
                screens.timeline(timeline.ofMatch(id, PageRequest.of(0, 50)).getContent()));
        appointments.show(model, AppointmentKind.MATCH_EVALUATION, id);
    }

    /** The forms of the page, unless a refused post brought one back as typed; a planned evaluation fills its date. */
    private static void openForms(MatchView match, Model model) {
        if (!model.containsAttribute("evaluationForm")) {
            EvaluationForm evaluation = new EvaluationForm();
            if (model.getAttribute("plannedEvaluation") instanceof AppointmentView planned) {
                evaluation.setHeldOn(planned.date());
                evaluation.setAppointmentId(planned.id());
            }
            evaluation.setKind(
                    match.status() == MatchStatus.TRIAL
                            ? MatchVocabulary.EvaluationKind.TRIAL
                            : MatchVocabulary.EvaluationKind.PERIODIC);
            model.addAttribute("evaluationForm", evaluation);
        }
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", new ContactForm());
        }
        if (!model.containsAttribute("signalForm")) {
            model.addAttribute("signalForm", new SignalForm());
        }
        if (!model.containsAttribute("closeForm")) {
            model.addAttribute("closeForm", new CloseForm());
        }
    }
}
