/**
 * What operators see of a running Naober: the log context of every line (request id, municipality, an opaque user
 * id, trace id) and the settings behind traces and HTTP metrics. Names and meanings for operators are in
 * {@code infra/monitoring/README.md} and {@code docs/issue17/observability.md}.
 */
package nl.naober.observability;
