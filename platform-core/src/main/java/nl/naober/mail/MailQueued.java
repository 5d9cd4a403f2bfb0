package nl.naober.mail;

import nl.naober.tenancy.Tenant;

/** A mail was queued in this municipality's outbox; published inside the queueing transaction. */
public record MailQueued(Tenant tenant) {}
