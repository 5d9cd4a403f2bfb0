package nl.naober.core.mail;

import nl.naober.core.tenancy.Tenant;

/** A mail was queued in this municipality's outbox; published inside the queueing transaction. */
public record MailQueued(Tenant tenant) {}
