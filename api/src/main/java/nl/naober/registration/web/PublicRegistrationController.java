package nl.naober.registration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.naober.registration.NewPublicRegistration;
import nl.naober.registration.RegistrationChannel;
import nl.naober.registration.RegistrationKind;
import nl.naober.registration.RegistrationReceipt;
import nl.naober.web.ClientAddress;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The registration form as an API, so a municipality can offer it on its own site: no login, rate-limited, callable
 * from the browser by the origins the network admin allowed (CORS). Validation errors come all at once as Problem
 * Details (400, {@code errors}); a double submit answers 200 with the first receipt.
 */
@RestController
@RequestMapping("/api/v1/public/municipalities/{code}/registrations")
@Tag(
        name = "Public registration",
        description = "Aanmelden without a login: a family seeking support or a would-be support family")
class PublicRegistrationController {

    /** Below the registrations path: a fresh proof-of-work challenge. */
    static final String CHALLENGE = "/challenge";
    /** The header that carries a solved challenge (the ALTCHA widget's payload, base64 JSON). */
    static final String ALTCHA = "Altcha";

    private final RegistrationDesks desks;
    private final RegistrationIntake intake;
    private final ProofOfWork proofOfWork;

    PublicRegistrationController(RegistrationDesks desks, RegistrationIntake intake, ProofOfWork proofOfWork) {
        this.desks = desks;
        this.intake = intake;
        this.proofOfWork = proofOfWork;
    }

    @GetMapping(CHALLENGE)
    @Operation(
            summary = "A proof-of-work challenge (ALTCHA format) for a registration past the rate limit",
            description = "Solve it (the ALTCHA widget does: find the number n in 0..maxnumber for which"
                    + " SHA-256(salt + n) is challenge) and send the base64 JSON {algorithm, challenge, number, salt,"
                    + " signature} in the Altcha header of the registration. Valid for minutes, accepted once.")
    @ApiResponse(responseCode = "200", description = "The challenge: algorithm, challenge, maxnumber, salt, signature")
    @ApiResponse(responseCode = "404", description = "No municipality with this code takes registrations")
    ResponseEntity<Map<String, Object>> challenge(@PathVariable String code) {
        desks.require(code);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(proofOfWork.challenge());
    }

    /**
     * What the registrant is told; no personal data.
     *
     * @param replyBy a coordinator contacts them by this day at the latest
     */
    record Receipt(UUID id, RegistrationKind kind, Instant receivedAt, int replyWithinWorkingDays, LocalDate replyBy) {

        static Receipt of(RegistrationReceipt receipt) {
            return new Receipt(
                    receipt.id(),
                    receipt.kind(),
                    receipt.receivedAt(),
                    receipt.replyWithinWorkingDays(),
                    receipt.replyBy());
        }
    }

    @PostMapping
    @Operation(
            summary = "Register a family (kind FAMILY) or a support family (kind SUPPORT_FAMILY)",
            description = "Ask only what a coordinator needs for a first call; the privacy statement is at"
                    + " /aanmelden/{code}/privacy and consent must be true. Leave `website` out: it is a trap for"
                    + " bots, and a registration that fills it in is answered but not stored.")
    @ApiResponse(responseCode = "201", description = "Stored; the coordinators and the registrant are mailed")
    @ApiResponse(
            responseCode = "200",
            description = "The same registration arrived before (same Idempotency-Key, or the same content within"
                    + " 10 minutes): the first receipt, nothing new stored")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid (every field error at once, under errors), malformed or larger than 16 KB;"
                    + " nothing stored")
    @ApiResponse(responseCode = "404", description = "No municipality with this code takes registrations")
    @ApiResponse(
            responseCode = "429",
            description = "Too many registrations from this address or for this municipality; nothing stored. Past"
                    + " the allowance (type registration-challenge-required) the body holds a proof-of-work"
                    + " `challenge` and its `challengeUrl`: send the registration again with the solution in the"
                    + " Altcha header. Far past it (registration-rate-limited) only waiting helps.",
            headers = @Header(name = "Retry-After", description = "seconds to wait"))
    ResponseEntity<Receipt> register(
            @PathVariable String code,
            @Parameter(
                            description = "A key of the client's choosing (e.g. a UUID), the same for a retry of the"
                                    + " same registration; at most 100 visible ASCII characters")
                    @RequestHeader(name = IdempotencyKey.HEADER, required = false)
                    String idempotencyKey,
            @Parameter(
                            description = "Only past the rate limit: a solved challenge (the ALTCHA widget's payload,"
                                    + " base64 JSON); each is accepted once")
                    @RequestHeader(name = ALTCHA, required = false)
                    String altcha,
            @Valid @RequestBody NewPublicRegistration registration,
            HttpServletRequest request,
            UriComponentsBuilder uri) {
        MunicipalityProgramme programme = desks.require(code);
        RegistrationReceipt receipt = intake.submit(
                programme,
                registration,
                RegistrationChannel.API,
                IdempotencyKey.checked(idempotencyKey),
                ClientAddress.of(request),
                altcha);
        if (receipt.duplicate()) {
            return ResponseEntity.ok(Receipt.of(receipt));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(uri.path("/api/v1/public/municipalities/{code}/registrations/{id}")
                        .buildAndExpand(programme.code(), receipt.id())
                        .toUri())
                .body(Receipt.of(receipt));
    }
}
