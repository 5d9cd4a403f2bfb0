/**
 * E-mail leaving Naober: the SMTP transport behind the core's outbox (only when {@code spring.mail.host} is set) and
 * the outbox of a municipality for its network admin and the platform admin (REST; the screen is in web.admin).
 */
package nl.naober.mail.web;
