package nl.naober.appointment.web;

import static nl.naober.crypto.SecretTokens.sha256;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.naober.appointment.AppointmentView;
import nl.naober.appointment.CalendarFeeds;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.security.accesslog.OnBehalfReads;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * A coordinator's visits as an iCalendar feed, for a calendar to subscribe to (Outlook: "Abonneren vanaf internet").
 * No login: the secret token in the path is the key, looked up (as its hash) only in the schema of the municipality
 * the path names, so a token leads to one coordinator of one municipality. An unknown municipality, an unknown or
 * revoked token: 404, all alike. An entry names the kind of visit and a first name, never a surname or address.
 * Calendars poll: the answer may be cached for {@value #MAX_AGE_MINUTES} minutes and carries an ETag, so an unchanged
 * feed costs a 304; only an answer that shows the visits is written to the access log.
 */
@RestController
@Tag(name = "Calendar feed", description = "A coordinator's visits for a calendar to subscribe to (iCalendar)")
class CalendarFeedController {

    static final String PATH = "/agenda/{code}/{token}.ics";
    static final int MAX_AGE_MINUTES = 15;
    private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final MunicipalityRegistry registry;
    private final CalendarFeeds feeds;
    private final OnBehalfReads reads;
    private final MessageSource messages;

    CalendarFeedController(
            MunicipalityRegistry registry, CalendarFeeds feeds, OnBehalfReads reads, MessageSource messages) {
        this.registry = registry;
        this.feeds = feeds;
        this.reads = reads;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @Operation(summary = "A coordinator's visits as an iCalendar feed; the secret token in the path is the key")
    ResponseEntity<String> feed(
            @PathVariable String code, @PathVariable String token, HttpServletRequest request, WebRequest web) {
        Optional<Tenant> municipality = registry.findActive(code);
        if (municipality.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return TenantContext.call(
                municipality.get(),
                () -> feeds.open(token)
                        .map(feed -> answer(feed, request, web))
                        .orElseGet(() -> ResponseEntity.notFound().build()));
    }

    private ResponseEntity<String> answer(CalendarFeeds.Feed feed, HttpServletRequest request, WebRequest web) {
        String body = ICalendar.of(
                "-//Naober//Agenda-koppeling//NL", text("calendar.feed.name"), events(feed.appointments()));
        String etag = "\"" + sha256(body) + "\"";
        CacheControl cache =
                CacheControl.maxAge(Duration.ofMinutes(MAX_AGE_MINUTES)).cachePrivate();
        if (web.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        reads.logShown(request, feed.coordinator(), "COORDINATOR", "GET " + PATH, feed.appointments());
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(cache)
                .eTag(etag)
                .header("Content-Disposition", "inline; filename=\"naober.ics\"")
                .body(body);
    }

    private List<ICalendar.Event> events(List<AppointmentView> appointments) {
        return appointments.stream()
                .map(a -> new ICalendar.Event(
                        a.id() + "@naober",
                        a.changedAt(),
                        a.date().atTime(a.time()),
                        a.date().atTime(a.time()).plusMinutes(a.minutes()),
                        summary(a),
                        "CONFIRMED"))
                .toList();
    }

    /** "Kennismaking gezin Anna": the kind of visit and a first name only. */
    private String summary(AppointmentView a) {
        return text("appointment.title." + a.kind(), a.firstName() == null ? "" : a.firstName())
                .strip();
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, DUTCH);
    }
}
