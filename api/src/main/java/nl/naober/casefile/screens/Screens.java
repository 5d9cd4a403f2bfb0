package nl.naober.casefile.screens;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.family.DuplicateFamilyException;
import nl.naober.identity.CurrentUser;
import nl.naober.programme.EventDateException;
import nl.naober.programme.ProgrammeTime;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.programme.TransitionNotAllowedException;
import nl.naober.security.CurrentUsers;
import nl.naober.timeline.TimelineItem;
import nl.naober.web.FormValidation;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the case-work screens share: Dutch texts, validation of core commands, problems, paging, timelines. */
@Component("caseworkScreens")
public class Screens {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final int PAGE_SIZE = 20;
    private static final ZoneId ZONE = ProgrammeTime.ZONE;

    private final MessageSource messages;
    private final FormValidation forms;

    Screens(MessageSource messages, FormValidation forms) {
        this.messages = messages;
        this.forms = forms;
    }

    public String text(String code, Object... args) {
        return messages.getMessage(code, args, code, DUTCH);
    }

    private String textOr(String code, String fallback) {
        return messages.getMessage(code, null, fallback, DUTCH);
    }

    public String username() {
        return CurrentUsers.current().map(CurrentUser::username).orElse(null);
    }

    /** See {@link FormValidation#validate(Object, BindingResult)}. */
    boolean validate(Object command, BindingResult result) {
        return forms.validate(command, result);
    }

    /** The Dutch messages of a command's violations, for small forms without their own error summary. */
    List<String> violations(Object command) {
        return forms.messages(command);
    }

    /** The Dutch lines for a refused change (409): which step, which rule, or that someone else was first. */
    public List<String> problems(RuntimeException refused) {
        if (refused instanceof TransitionNotAllowedException t) {
            String prefix = statusPrefix(t.subject());
            String allowed = t.allowed().isEmpty()
                    ? text("problem.none")
                    : t.allowed().stream().map(s -> text(prefix + s)).collect(Collectors.joining(", "));
            return List.of(text(
                    "screen.problem.transition", text(prefix + t.fromState()), text(prefix + t.toState()), allowed));
        }
        if (refused instanceof RuleViolationException r) {
            return r.rules().stream().map(this::text).toList();
        }
        if (refused instanceof StaleVersionException) {
            return List.of(text("problem.stale-version.detail"));
        }
        if (refused instanceof DuplicateFamilyException) {
            return List.of(text("problem.duplicate-family.detail"));
        }
        if (refused instanceof EventDateException d) {
            return List.of(eventDate(d));
        }
        throw refused;
    }

    /** An impossible date at its field of the form (the form's error summary lists it too). */
    void rejectDate(BindingResult result, EventDateException refused) {
        Object typed;
        try {
            typed = result.getRawFieldValue(refused.field());
        } catch (RuntimeException notOnTheForm) {
            typed = null;
        }
        // shown again as typed (an ISO date, what a date input holds)
        result.addError(new FieldError(
                result.getObjectName(),
                refused.field(),
                typed == null ? null : typed.toString(),
                true,
                null,
                null,
                eventDate(refused)));
    }

    /** An impossible day typed in the date field {@code fieldId} of a form without a form object, in words. */
    DateRefusal refusedDate(String fieldId, java.time.LocalDate typed, EventDateException refused) {
        return DateRefusal.at(fieldId, typed, eventDate(refused));
    }

    /** An impossible date in words, with the date it conflicts with: "Deze datum ligt vóór de aanmelding (…)". */
    String eventDate(EventDateException refused) {
        String date = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy").format(refused.conflictingDate());
        String specific = "event-date." + refused.conflictsWith();
        String text = messages.getMessage(specific, new Object[] {date}, null, DUTCH);
        return text != null ? text : text("event-date.before", date);
    }

    static String statusPrefix(String subject) {
        return switch (subject) {
            case "support-family" -> "status.supportFamily.";
            case "match" -> "status.match.";
            default -> "status.family.";
        };
    }

    /** Page links for a list, keeping the other query parameters. */
    List<PageLink> pageLinks(Page<?> page) {
        List<PageLink> links = new ArrayList<>();
        for (int i = 0; i < page.getTotalPages(); i++) {
            String url = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("page", i)
                    .build()
                    .toUriString();
            links.add(new PageLink(i + 1, url, i == page.getNumber()));
        }
        return links;
    }

    record PageLink(int number, String url, boolean current) {}

    /**
     * A timeline entry in words: "Status: Aangemeld → Intake". {@code when} is the moment it was recorded, or, for an
     * event entered afterwards, the day it happened ({@code datetime} that day) with {@code recorded} "vastgelegd
     * 07-12-2026".
     */
    public record TimelineLine(
            String datetime, String when, String recorded, String actor, String text, UUID matchId) {}

    public List<TimelineLine> timeline(List<TimelineItem> items) {
        java.time.format.DateTimeFormatter moment = java.time.format.DateTimeFormatter.ofPattern(
                        "d-M-yyyy HH:mm", DUTCH)
                .withZone(ZONE);
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy", DUTCH);
        return items.stream()
                .map(item -> {
                    java.time.LocalDate recordedOn =
                            item.occurredAt().atZone(ZONE).toLocalDate();
                    boolean earlier =
                            item.happenedOn() != null && !item.happenedOn().equals(recordedOn);
                    return new TimelineLine(
                            earlier
                                    ? item.happenedOn().toString()
                                    : item.occurredAt().toString(),
                            earlier ? day.format(item.happenedOn()) : moment.format(item.occurredAt()),
                            earlier ? text("timeline.recordedOn", day.format(recordedOn)) : null,
                            item.actor(),
                            describe(item),
                            item.matchId());
                })
                .toList();
    }

    private String describe(TimelineItem item) {
        String summary = item.summary() == null ? "" : item.summary();
        String statuses =
                item.familyId() == null && item.supportFamilyId() != null ? "status.supportFamily." : "status.family.";
        String detail = switch (item.kind()) {
            case "STATUS_CHANGED" -> {
                String[] fromTo = summary.split("→", 2);
                yield fromTo.length == 2
                        ? textOr(statuses + fromTo[0], fromTo[0]) + " → " + textOr(statuses + fromTo[1], fromTo[1])
                        : summary;
            }
            case "REGISTERED" -> textOr(statuses + summary, summary);
            case "INTAKE" -> textOr("intakeOutcome." + summary, summary);
            case "CONTACT" -> textOr("contactWith." + summary, summary);
            case "SIGNAL" -> textOr("signalKind." + summary, summary);
            case "MATCH_CLOSED" -> textOr("closeReason." + summary, summary);
            case "LEAVE_REASON" -> {
                String[] reasonText = summary.split(":", 2);
                String reason = textOr("leaveReason." + reasonText[0], reasonText[0]);
                yield reasonText.length == 2 ? reason + " – " + reasonText[1] : reason;
            }
            case "OUTCOME" -> textOr("outcomeMoment." + summary, summary);
            case "EVALUATION" -> {
                // kind[:decision[:why a trial ends (issue 16)]]
                String[] parts = summary.split(":", 3);
                String text = textOr("evaluationKind." + parts[0], parts[0]);
                if (parts.length > 1) {
                    text += " – " + textOr("decision." + parts[1], parts[1]);
                }
                yield parts.length > 2 ? text + " – " + textOr("trialEndReason." + parts[2], parts[2]) : text;
            }
            default -> summary;
        };
        return messages.getMessage(
                "timeline." + item.kind(), new Object[] {detail}, item.kind() + ": " + detail, DUTCH);
    }

    static <E extends Enum<E>> Set<E> orEmpty(Set<E> values, Class<E> type) {
        return values == null ? java.util.EnumSet.noneOf(type) : values;
    }
}
