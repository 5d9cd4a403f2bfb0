package nl.naober.privacy;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.naober.accesslog.AccessContext;
import nl.naober.approval.ApprovalStatus;
import nl.naober.approval.ApprovalView;
import nl.naober.approval.PrivacyApprovals;
import nl.naober.identity.CurrentUser;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.ProgrammeTime;
import nl.naober.programme.RuleViolationException;
import nl.naober.retention.ErasureRequestView;
import nl.naober.retention.ErasureRequests;
import nl.naober.retention.ErasureStatus;
import nl.naober.security.CurrentUsers;
import nl.naober.web.StaffScreen;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The privacy officer's requests on the screen ({@code /privacy/verzoeken}), in the own municipality: approve (after
 * ticking that one use within 24 hours is understood) or refuse, each with an optional note.
 */
@StaffScreen
@Controller
@RequestMapping("/privacy/verzoeken")
@PreAuthorize("hasRole('PRIVACY_OFFICER')")
class ApprovalScreens {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ProgrammeTime.ZONE);

    private final PrivacyApprovals approvals;
    private final ErasureRequests erasures;
    private final AccessContext access;
    private final MunicipalityRegistry registry;
    private final MessageSource messages;

    ApprovalScreens(
            PrivacyApprovals approvals,
            ErasureRequests erasures,
            AccessContext access,
            MunicipalityRegistry registry,
            MessageSource messages) {
        this.approvals = approvals;
        this.erasures = erasures;
        this.access = access;
        this.registry = registry;
        this.messages = messages;
    }

    /** A request as a row: its status in words. */
    record Row(ApprovalView approval, String requested, String status, boolean open) {}

    /** An erasure request as a row: the file by id only, its ground and status in words. */
    record ErasureRow(ErasureRequestView request, String requested, String decided, boolean open) {}

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        MunicipalitySummary municipality = own();
        Page<Row> rows = approvals
                .list(municipality.code(), PageRequest.of(Math.max(page, 0), 50))
                .map(this::row);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "erasures",
                erasures.all(PageRequest.of(0, 50))
                        .map(e -> new ErasureRow(
                                e, when(e.requestedAt()), when(e.decidedAt()), e.status() == ErasureStatus.REQUESTED)));
        return "privacy/verzoeken";
    }

    @PostMapping("/{id}/goedkeuren")
    String approve(
            @PathVariable UUID id,
            @RequestParam(required = false) String understood,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        if (understood == null) {
            redirect.addFlashAttribute("problems", List.of(text("privacy.requests.understood.required")));
            redirect.addFlashAttribute("failed", id);
            return "redirect:/privacy/verzoeken";
        }
        return decide(id, true, note, redirect);
    }

    /** Erasing cannot be undone: the officer ticks that the data go at once and for good. */
    @PostMapping("/verwijderen/{id}/goedkeuren")
    String approveErasure(
            @PathVariable UUID id, @RequestParam(required = false) String understood, RedirectAttributes redirect) {
        if (understood == null) {
            redirect.addFlashAttribute("problems", List.of(text("privacy.erasure.understood.required")));
            return "redirect:/privacy/verzoeken#verwijderverzoeken";
        }
        return decideErasure(() -> erasures.approve(id, access.current()), "privacy.erasure.approved", redirect);
    }

    @PostMapping("/verwijderen/{id}/weigeren")
    String refuseErasure(@PathVariable UUID id, RedirectAttributes redirect) {
        return decideErasure(() -> erasures.refuse(id, access.current()), "privacy.erasure.refused", redirect);
    }

    private String decideErasure(Runnable decision, String notice, RedirectAttributes redirect) {
        try {
            decision.run();
            redirect.addFlashAttribute("notice", text(notice));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute(
                    "problems", refused.rules().stream().map(this::text).toList());
        }
        return "redirect:/privacy/verzoeken#verwijderverzoeken";
    }

    @PostMapping("/{id}/weigeren")
    String refuse(@PathVariable UUID id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return decide(id, false, note, redirect);
    }

    private String decide(UUID id, boolean approve, String note, RedirectAttributes redirect) {
        MunicipalitySummary municipality = own();
        try {
            approvals.decide(
                    municipality.networkCode(),
                    municipality.code(),
                    id,
                    approve,
                    note,
                    PrivacyApprovalController.username());
            redirect.addFlashAttribute(
                    "notice", text(approve ? "privacy.requests.approved" : "privacy.requests.refused"));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute(
                    "problems", refused.rules().stream().map(this::text).toList());
        }
        return "redirect:/privacy/verzoeken";
    }

    private Row row(ApprovalView a) {
        ApprovalStatus status = a.status();
        String text = switch (status) {
            case REQUESTED -> text("privacy.requests.status.REQUESTED");
            case APPROVED -> text("privacy.requests.status.APPROVED", when(a.expiresAt()));
            case REFUSED -> text("privacy.requests.status.REFUSED", a.decidedBy());
            case USED -> text("privacy.requests.status.USED", a.usedBy(), when(a.usedAt()));
            case EXPIRED -> text("privacy.requests.status.EXPIRED");
        };
        return new Row(a, when(a.requestedAt()), text, status == ApprovalStatus.REQUESTED);
    }

    private MunicipalitySummary own() {
        return CurrentUsers.current()
                .map(CurrentUser::municipality)
                .flatMap(registry::findActiveMunicipality)
                .orElseThrow(() -> NotFoundException.of("municipality", null));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, DUTCH);
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
