package nl.naober.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.naober.audit.AdminAudit;
import nl.naober.audit.AuditEvent;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.identity.CurrentActor;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Personal access tokens of local accounts, for API callers (a municipality's website, a data warehouse): a token
 * acts as its account with the role and municipality the account has at the time of the request, without a BCrypt
 * check per request. 256 random bits from {@link SecureRandom} after the prefix {@value #PREFIX} (so secret scanners
 * recognise a leaked one); stored as SHA-256 only, which suffices for a random secret of that length. The caller has
 * already checked that the current user administers {@code municipality}; creating and revoking are audited.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "nbr_";
    public static final int DEFAULT_DAYS = 90;
    public static final String EXPIRY_NOT_IN_RANGE = "rule.api-token-expiry";

    static final String SUBJECT = "api-token";

    private static final int TOKEN_BYTES = 32;
    /** The prefix and 32 bytes in unpadded base64url. */
    private static final int TOKEN_LENGTH = PREFIX.length() + 43;

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final LocalAccountRepository accounts;
    private final AdminAudit audit;
    private final CurrentActor actor;
    private final Clock clock;

    ApiTokens(
            ApiTokenRepository tokens,
            LocalAccountRepository accounts,
            AdminAudit audit,
            CurrentActor actor,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * The account a token acts as, if the token is known, neither revoked nor expired, and its account enabled;
     * marks it used (at most once a minute). The municipality's own state is the caller's to check.
     */
    @CatalogTransactional
    public Optional<AuthenticatedToken> authenticate(String token) {
        if (token == null || token.length() != TOKEN_LENGTH || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(sha256(token))
                .filter(found -> found.validAt(now) && found.account().toView().enabled())
                .map(found -> {
                    Instant last = found.lastUsedAt();
                    if (last == null || last.isBefore(now.minus(LAST_USED_RESOLUTION))) {
                        tokens.markUsed(found.id(), now, now.minus(LAST_USED_RESOLUTION));
                    }
                    return new AuthenticatedToken(
                            found.id(), found.account().toView().user());
                });
    }

    @CatalogTransactional(readOnly = true)
    public List<ApiTokenView> list(MunicipalitySummary municipality, String username) {
        Instant now = clock.instant();
        return tokens.findByAccountOrderByCreatedAtDescIdDesc(account(municipality, username)).stream()
                .map(token -> token.toView(now))
                .toList();
    }

    /** A new token for a coordinator, policy officer or privacy officer of the municipality; 404 for anyone else. */
    @CatalogTransactional
    public CreatedApiToken create(MunicipalitySummary municipality, String username, NewApiToken request) {
        LocalAccount account = account(municipality, username);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate lastDay = request.expiresOn() == null ? today.plusDays(DEFAULT_DAYS) : request.expiresOn();
        if (!lastDay.isAfter(today) || lastDay.isAfter(today.plusYears(1))) {
            throw RuleViolationException.of(EXPIRY_NOT_IN_RANGE);
        }
        String token = newToken();
        ApiToken saved = tokens.saveAndFlush(new ApiToken(
                sha256(token),
                token.substring(token.length() - 4),
                request.name().strip(),
                account,
                actor.username(),
                now,
                lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        ApiTokenView view = saved.toView(now);
        audit.record(event("API_TOKEN_CREATED", municipality, username, null, summary(view)));
        return new CreatedApiToken(view, username, token);
    }

    /** From now on the token is refused; revoking it again changes nothing. */
    @CatalogTransactional
    public ApiTokenView revoke(MunicipalitySummary municipality, String username, long id) {
        ApiToken token = tokens.findByIdAndAccount(id, account(municipality, username))
                .orElseThrow(() -> NotFoundException.of(SUBJECT, null));
        Instant now = clock.instant();
        if (token.revoke(now)) {
            tokens.flush();
            audit.record(event("API_TOKEN_REVOKED", municipality, username, "active", summary(token.toView(now))));
        }
        return token.toView(now);
    }

    private LocalAccount account(MunicipalitySummary municipality, String username) {
        return accounts.findByUsernameAndMunicipalityCodeAndRoleIn(username, municipality.code(), MunicipalRole.ROLES)
                .orElseThrow(() -> NotFoundException.of(MunicipalUsers.SUBJECT, null));
    }

    private static String summary(ApiTokenView token) {
        return "id=" + token.id() + ", name=" + token.name() + ", hint=" + token.hint() + ", expiresAt="
                + token.expiresAt() + (token.revokedAt() == null ? "" : ", revokedAt=" + token.revokedAt());
    }

    private static AuditEvent event(
            String action,
            MunicipalitySummary municipality,
            String username,
            @Nullable String before,
            @Nullable String after) {
        return new AuditEvent(
                action,
                municipality.networkCode(),
                municipality.code(),
                MunicipalUsers.SUBJECT + ":" + username,
                before,
                after);
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
