package nl.naober.casefile.screens;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.family.ChildView;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyView;
import nl.naober.matching.MatchService;
import nl.naober.matching.MatchSuggestions;
import nl.naober.matching.MatchView;
import nl.naober.matching.NewMatch;
import nl.naober.matching.suggestion.Suggestion;
import nl.naober.matching.suggestion.SuggestionReport;
import nl.naober.programme.DayPart;
import nl.naober.programme.EventDateException;
import nl.naober.programme.RuleViolationException;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.web.FormFailure;
import nl.naober.web.StaffScreen;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Ranked, explained support families for a family, each with a form to propose the match. */
@CaseworkScreen
@StaffScreen
@Controller
@RequestMapping("/gezinnen/{id}/suggesties")
@PreAuthorize("hasRole('COORDINATOR')")
class SuggestionScreens {

    static final int LIMIT = 10;
    private static final String ATTEMPT = "proposalAttempt";
    private static final String PROPOSED_ON = "proposedOn";

    /** A suggestion with the day-parts its support family offers and those ticked in its proposal form. */
    public record SuggestionRow(
            Suggestion suggestion, List<DayPart> offered, Set<DayPart> selected, List<UUID> childIds)
            implements Serializable {}

    private final FamilyService families;
    private final SupportFamilyService supportFamilies;
    private final MatchSuggestions suggestions;
    private final MatchService matches;
    private final Screens screens;

    SuggestionScreens(
            FamilyService families,
            SupportFamilyService supportFamilies,
            MatchSuggestions suggestions,
            MatchService matches,
            Screens screens) {
        this.families = families;
        this.supportFamilies = supportFamilies;
        this.suggestions = suggestions;
        this.matches = matches;
        this.screens = screens;
    }

    /**
     * The suggestions for the children ticked ({@code childIds}; none ticked: all children), with per reason how many
     * support families were left out.
     */
    @GetMapping
    String suggest(@PathVariable UUID id, @RequestParam(required = false) List<UUID> childIds, Model model) {
        // a refused proposal comes back here (post/redirect/get) with what was ticked
        return show(id, childIds, model.getAttribute(ATTEMPT) instanceof Attempt attempt ? attempt : null, model);
    }

    /** The suggestions page, for the children asked about when only some were. */
    private static String suggestionsPage(UUID id, List<UUID> forChildIds) {
        UriComponentsBuilder page = UriComponentsBuilder.fromPath("/gezinnen/{id}/suggesties");
        if (forChildIds != null && !forChildIds.isEmpty()) {
            page.queryParam("childIds", forChildIds.toArray());
        }
        return page.buildAndExpand(id).toUriString();
    }

    @PostMapping
    String propose(
            @PathVariable UUID id,
            @RequestParam UUID supportFamilyId,
            @RequestParam(required = false) List<UUID> childIds,
            @RequestParam(required = false) Set<DayPart> dayParts,
            @RequestParam(required = false) List<UUID> forChildIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposedOn,
            RedirectAttributes redirect) {
        Set<DayPart> chosen = dayParts == null ? EnumSet.noneOf(DayPart.class) : EnumSet.copyOf(dayParts);
        List<UUID> children = childIds == null ? List.of() : childIds;
        NewMatch command = new NewMatch(id, supportFamilyId, children, chosen, proposedOn);
        SuggestionRow attempt = new SuggestionRow(null, List.of(), chosen, children);
        redirect.addFlashAttribute(ATTEMPT, attempt(supportFamilyId, attempt));
        FormFailure failure = FormFailure.at(suggestionsPage(id, forChildIds), FormFailure.PROBLEMS);
        if (chosen.isEmpty()) {
            return failure.refused(List.of(screens.text("match.dayParts.required")))
                    .redirect(redirect);
        }
        if (children.isEmpty()) {
            return failure.refused(List.of(screens.text("rule.no-children"))).redirect(redirect);
        }
        MatchView proposed;
        try {
            proposed = matches.propose(command);
        } catch (EventDateException date) {
            // the field id names the row, which only the page knows: show() moves it there
            return screens.refusedDate(PROPOSED_ON, proposedOn, date)
                    .redirect(suggestionsPage(id, forChildIds), redirect);
        } catch (RuleViolationException refused) {
            return failure.refused(screens.problems(refused)).redirect(redirect);
        }
        redirect.getFlashAttributes().remove(ATTEMPT);
        redirect.addFlashAttribute("notice", screens.text("screen.notice.proposed"));
        return "redirect:/koppelingen/" + proposed.id();
    }

    private static Attempt attempt(UUID supportFamilyId, SuggestionRow row) {
        return new Attempt(supportFamilyId, row);
    }

    // A flash attribute: serialisable, as the session lives in the catalog (its row has no suggestion).
    private record Attempt(UUID supportFamilyId, SuggestionRow row) implements Serializable {}

    private String show(UUID id, List<UUID> childIds, Attempt attempt, Model model) {
        FamilyView family = families.get(id);
        List<UUID> allChildren = family.children().stream().map(ChildView::id).toList();
        List<UUID> chosen = childIds == null
                ? List.of()
                : childIds.stream().filter(allChildren::contains).toList();
        List<UUID> forChildren = chosen.isEmpty() ? allChildren : chosen;
        SuggestionReport report = suggestions.report(id, chosen, LIMIT);
        List<SuggestionRow> rows = report.suggestions().stream()
                .map(suggestion -> row(suggestion, family, forChildren, attempt))
                .toList();
        if (attempt != null && model.getAttribute(DateRefusal.MODEL) instanceof DateRefusal refusal) {
            int row = report.suggestions().stream()
                    .map(Suggestion::supportFamilyId)
                    .toList()
                    .indexOf(attempt.supportFamilyId());
            model.addAttribute(DateRefusal.MODEL, refusal.movedTo(row < 0 ? null : "sugg-" + row + "-" + PROPOSED_ON));
        }
        model.addAttribute("family", family);
        model.addAttribute("suggestions", rows);
        model.addAttribute("report", report);
        model.addAttribute("forChildren", forChildren);
        model.addAttribute("someChildren", !chosen.isEmpty() && chosen.size() < allChildren.size());
        // proposing would be refused: say so up front and link to the match instead of offering the forms
        matches.openMatchOf(id).ifPresent(open -> model.addAttribute("openMatch", open));
        return "casework/suggesties";
    }

    /**
     * A suggestion with the day parts its support family offers; ticked are those the family prefers, or, after a
     * refused proposal of this support family, what was ticked then.
     */
    private SuggestionRow row(Suggestion suggestion, FamilyView family, List<UUID> forChildren, Attempt attempt) {
        Set<DayPart> offered = supportFamilies.get(suggestion.supportFamilyId()).availableDayParts();
        if (attempt != null && attempt.supportFamilyId().equals(suggestion.supportFamilyId())) {
            return new SuggestionRow(
                    suggestion,
                    offered.stream().sorted().toList(),
                    attempt.row().selected(),
                    attempt.row().childIds());
        }
        Set<DayPart> wanted = EnumSet.noneOf(DayPart.class);
        wanted.addAll(offered);
        wanted.retainAll(Screens.orEmpty(family.preferredDayParts(), DayPart.class));
        return new SuggestionRow(suggestion, offered.stream().sorted().toList(), wanted, forChildren);
    }
}
