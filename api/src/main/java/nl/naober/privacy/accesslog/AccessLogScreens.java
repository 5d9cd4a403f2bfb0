package nl.naober.privacy.accesslog;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.naober.accesslog.AccessAction;
import nl.naober.accesslog.AccessLog;
import nl.naober.accesslog.AccessLogQuery;
import nl.naober.accesslog.AccessLogRow;
import nl.naober.family.FamilyService;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.web.StaffScreen;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The log on the screens, in the user's own municipality: the privacy officer's search with its CSV
 * ({@code /privacy/logboek}), and "Wie heeft dit dossier ingezien" on a family's and a support family's page. A bad
 * search keeps what was typed and says what to change.
 */
@StaffScreen
@Controller
class AccessLogScreens {

    static final int PAGE_SIZE = 50;

    private final AccessLog log;
    private final FamilyService families;
    private final SupportFamilyService supportFamilies;

    AccessLogScreens(AccessLog log, FamilyService families, SupportFamilyService supportFamilies) {
        this.log = log;
        this.families = families;
        this.supportFamilies = supportFamilies;
    }

    /** What was typed in the search form, as text, so nothing is lost when part of it is wrong. */
    record SearchForm(String person, String username, String from, String to) {

        public String query() {
            return "person=" + text(person) + "&username=" + text(username) + "&from=" + text(from) + "&to=" + text(to);
        }

        private static String text(String value) {
            return value == null ? "" : java.net.URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
        }
    }

    /** The form parsed, or the message keys of what is wrong with it. */
    record ParsedSearch(UUID person, String username, LogPeriod period, List<String> errors) {}

    @GetMapping("/privacy/logboek")
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    String search(
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        SearchForm form = new SearchForm(person, username, from, to);
        ParsedSearch search = parse(form);
        model.addAttribute("form", form);
        model.addAttribute("errors", search.errors());
        if (search.errors().isEmpty()) {
            log.record(AccessLogController.searched(
                    AccessAction.QUERY, search.person(), search.username(), search.period()));
            Page<AccessLogRow> rows = log.search(
                    search.period().query(search.person(), search.username()),
                    PageRequest.of(Math.max(page, 0), PAGE_SIZE));
            model.addAttribute("rows", rows.map(LogLine::of));
        }
        return "privacy/logboek";
    }

    @GetMapping("/privacy/logboek.csv")
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    void csv(
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletResponse response)
            throws IOException {
        ParsedSearch search = parse(new SearchForm(person, username, from, to));
        if (!search.errors().isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        log.record(
                AccessLogController.searched(AccessAction.EXPORT, search.person(), search.username(), search.period()));
        AccessLogQuery query = search.period().query(search.person(), search.username());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"logboek.csv\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        AccessLogCsv.write(
                query,
                pageable -> log.search(query, pageable),
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    @GetMapping("/gezinnen/{id}/inzage")
    @PreAuthorize("hasRole('COORDINATOR')")
    String aboutFamily(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("name", families.get(id).parentName());
        model.addAttribute("back", "/gezinnen/" + id);
        model.addAttribute(
                "rows",
                log.aboutFamily(id, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                        .map(LogLine::of));
        return "casework/inzage";
    }

    @GetMapping("/steungezinnen/{id}/inzage")
    @PreAuthorize("hasRole('COORDINATOR')")
    String aboutSupportFamily(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("name", supportFamilies.get(id).householdName());
        model.addAttribute("back", "/steungezinnen/" + id);
        model.addAttribute(
                "rows",
                log.aboutSupportFamily(id, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                        .map(LogLine::of));
        return "casework/inzage";
    }

    static ParsedSearch parse(SearchForm form) {
        List<String> errors = new ArrayList<>();
        UUID person = null;
        if (form.person() != null && !form.person().isBlank()) {
            try {
                person = UUID.fromString(form.person().strip());
            } catch (IllegalArgumentException e) {
                errors.add("accesslog.search.person.invalid");
            }
        }
        LocalDate from = date(form.from(), errors, "accesslog.search.from.invalid");
        LocalDate to = date(form.to(), errors, "accesslog.search.to.invalid");
        LogPeriod period = null;
        if (errors.isEmpty()) {
            try {
                period = new LogPeriod(from, to);
            } catch (InvalidLogSearchException e) {
                errors.add("accesslog.search.to-before-from");
            }
        }
        return new ParsedSearch(person, form.username(), period, errors);
    }

    private static LocalDate date(String text, List<String> errors, String error) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(error);
            return null;
        }
    }
}
