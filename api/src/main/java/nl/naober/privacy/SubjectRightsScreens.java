package nl.naober.privacy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.naober.accesslog.AccessContext;
import nl.naober.casefile.screens.ErasurePanel;
import nl.naober.casefile.screens.Screens;
import nl.naober.programme.RuleViolationException;
import nl.naober.retention.ErasureGround;
import nl.naober.retention.ErasureRequests;
import nl.naober.retention.FileKind;
import nl.naober.web.StaffScreen;
import nl.naober.web.pdf.XhtmlPdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A family's rights on the coordinator's screens: "Gegevensoverzicht" (everything held about the file, with who
 * viewed it, as a page and as PDF for the family; AVG art. 15) and the erasure request the privacy officer decides
 * (art. 17). Both for families and support families.
 */
@StaffScreen
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class SubjectRightsScreens {

    static final String TEMPLATE = "privacy/overzicht-pdf";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final SubjectAccess subjectAccess;
    private final ErasureRequests erasures;
    private final AccessContext access;
    private final Screens screens;
    private final ITemplateEngine templates;

    SubjectRightsScreens(
            SubjectAccess subjectAccess,
            ErasureRequests erasures,
            AccessContext access,
            Screens screens,
            ITemplateEngine templates) {
        this.subjectAccess = subjectAccess;
        this.erasures = erasures;
        this.access = access;
        this.screens = screens;
        this.templates = templates;
    }

    @GetMapping("/gezinnen/{id}/gegevensoverzicht")
    String familyPage(@PathVariable UUID id, Model model) {
        return page(subjectAccess.family(id), "FAMILY", "/gezinnen/" + id, model);
    }

    @GetMapping("/steungezinnen/{id}/gegevensoverzicht")
    String supportFamilyPage(@PathVariable UUID id, Model model) {
        return page(subjectAccess.supportFamily(id), "SUPPORT_FAMILY", "/steungezinnen/" + id, model);
    }

    @GetMapping("/gezinnen/{id}/gegevensoverzicht.pdf")
    ResponseEntity<byte[]> familyPdf(@PathVariable UUID id) {
        return pdf(subjectAccess.family(id), "FAMILY");
    }

    @GetMapping("/steungezinnen/{id}/gegevensoverzicht.pdf")
    ResponseEntity<byte[]> supportFamilyPdf(@PathVariable UUID id) {
        return pdf(subjectAccess.supportFamily(id), "SUPPORT_FAMILY");
    }

    @PostMapping("/gezinnen/{id}/verwijderverzoek")
    String requestFamilyErasure(
            @PathVariable UUID id, @RequestParam(required = false) String ground, RedirectAttributes redirect) {
        return requestErasure(FileKind.FAMILY, id, ground, "/gezinnen/" + id, redirect);
    }

    @PostMapping("/steungezinnen/{id}/verwijderverzoek")
    String requestSupportFamilyErasure(
            @PathVariable UUID id, @RequestParam(required = false) String ground, RedirectAttributes redirect) {
        return requestErasure(FileKind.SUPPORT_FAMILY, id, ground, "/steungezinnen/" + id, redirect);
    }

    private String requestErasure(FileKind kind, UUID id, String ground, String back, RedirectAttributes redirect) {
        ErasureGround chosen = ground(ground);
        if (chosen == null) {
            redirect.addFlashAttribute("problems", List.of(screens.text("erasure.ground.required")));
            return "redirect:" + back;
        }
        try {
            erasures.request(kind, id, chosen, access.current());
            redirect.addFlashAttribute("notice", screens.text("erasure.requested"));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("problems", screens.problems(refused));
        }
        return "redirect:" + back;
    }

    private static ErasureGround ground(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ErasureGround.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private String page(SubjectAccessReport<?> report, String kind, String back, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("kind", kind);
        model.addAttribute("back", back);
        model.addAttribute("dates", new ErasurePanel.Dates());
        model.addAttribute("timelineLines", screens.timeline(report.timeline()));
        return "privacy/overzicht";
    }

    private ResponseEntity<byte[]> pdf(SubjectAccessReport<?> report, String kind) {
        Context context = new Context(DUTCH);
        context.setVariable("report", report);
        context.setVariable("kind", kind);
        context.setVariable("dates", new ErasurePanel.Dates());
        context.setVariable("timelineLines", screens.timeline(report.timeline()));
        byte[] pdf = XhtmlPdf.render(templates.process(TEMPLATE, context));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("gegevensoverzicht.pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
