package nl.naober.account;

import nl.naober.identity.CurrentUser;

/**
 * An API token that was accepted: the account it acts as, and the token's catalog number, an opaque id that log
 * lines may carry (never the token, never the username).
 */
public record AuthenticatedToken(long tokenId, CurrentUser user) {}
