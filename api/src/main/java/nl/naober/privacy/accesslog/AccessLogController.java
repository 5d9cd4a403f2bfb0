package nl.naober.privacy.accesslog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.accesslog.AccessAction;
import nl.naober.accesslog.AccessEntry;
import nl.naober.accesslog.AccessLog;
import nl.naober.accesslog.AccessLogQuery;
import nl.naober.accesslog.AccessLogRow;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.RecordType;
import nl.naober.family.FamilyService;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.web.paging.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access log of one municipality: the privacy officer searches all of it (and downloads it), a coordinator sees
 * who viewed one file. The municipality in the path was checked and entered by the tenant filter. Searching the log
 * is itself logged.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{code}")
@Tag(name = "Access log", description = "Wie heeft wat ingezien of gewijzigd (NEN 7513)")
class AccessLogController {

    /**
     * What a login can be in either mode (Keycloak refuses these characters in usernames too): a search for anything
     * else finds nothing, and would only put markup into the log's own line about the search.
     */
    static final String USERNAME = "[^<>&\"'\\s]{0,255}";

    private final AccessLog log;
    private final FamilyService families;
    private final SupportFamilyService supportFamilies;

    AccessLogController(AccessLog log, FamilyService families, SupportFamilyService supportFamilies) {
        this.log = log;
        this.families = families;
        this.supportFamilies = supportFamilies;
    }

    @GetMapping("/access-log")
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    @Operation(summary = "Search the access log by person (a record id), user and period (days, both included)")
    PageResponse<AccessLogRow> search(
            @PathVariable String code,
            @RequestParam(required = false) UUID person,
            @RequestParam(required = false) @Pattern(regexp = USERNAME) String username,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @PageableDefault(size = 50) Pageable pageable) {
        LogPeriod period = new LogPeriod(from, to);
        log.record(searched(AccessAction.QUERY, person, username, period));
        return PageResponse.of(log.search(period.query(person, username), pageable));
    }

    @GetMapping(value = "/access-log.csv", produces = "text/csv")
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    @Operation(summary = "The same search as CSV, every line")
    void csv(
            @PathVariable String code,
            @RequestParam(required = false) UUID person,
            @RequestParam(required = false) @Pattern(regexp = USERNAME) String username,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response)
            throws IOException {
        LogPeriod period = new LogPeriod(from, to);
        log.record(searched(AccessAction.EXPORT, person, username, period));
        AccessLogQuery query = period.query(person, username);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"logboek-" + code + ".csv\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        AccessLogCsv.write(
                query,
                pageable -> log.search(query, pageable),
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    @GetMapping("/families/{id}/access-log")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Who viewed or changed this family's file: the family, its children, timeline and matches")
    PageResponse<AccessLogRow> aboutFamily(
            @PathVariable String code, @PathVariable UUID id, @PageableDefault(size = 50) Pageable pageable) {
        families.get(id); // 404 for a family this municipality does not have
        return PageResponse.of(log.aboutFamily(id, pageable));
    }

    @GetMapping("/support-families/{id}/access-log")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Who viewed or changed this support family's file: household, VOGs, timeline and matches")
    PageResponse<AccessLogRow> aboutSupportFamily(
            @PathVariable String code, @PathVariable UUID id, @PageableDefault(size = 50) Pageable pageable) {
        supportFamilies.get(id);
        return PageResponse.of(log.aboutSupportFamily(id, pageable));
    }

    static AccessEntry searched(AccessAction action, UUID person, String username, LogPeriod period) {
        return AccessEntry.read(
                action,
                new AccessRecord(RecordType.ACCESS_LOG, person, null, null, null),
                LogPeriod.describe(person, username, period));
    }
}
