/**
 * The access log of one municipality (NEN 7513): who read or changed which personal record, when, from where.
 * Changes are written by {@link AccessLogChanges} in the transaction of the change; reads are written by the web
 * layer through {@link AccessLog#record} before the response goes out. Nothing here ever stores a value.
 */
@NullMarked
package nl.naober.accesslog;

import org.jspecify.annotations.NullMarked;
