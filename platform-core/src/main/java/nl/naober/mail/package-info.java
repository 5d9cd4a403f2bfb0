/**
 * E-mail through a transactional outbox: a mail is a row in the municipality's {@code outbox_mail}, written in the
 * same transaction as what caused it, and sent after commit by a dispatcher that retries with back-off and never
 * sends a row twice. Mails carry no personal details beyond a first name and a link.
 */
@NullMarked
package nl.naober.mail;

import org.jspecify.annotations.NullMarked;
