/**
 * Public registration (DESIGN.md process steps 1 and 2 "by the public form"): a family or support family registers
 * itself without a login. It becomes a family or support family in the municipality without a coordinator, plus an
 * inbox item in "Mijn werk" until a coordinator takes it up; the coordinators and the registrant are mailed
 * through the outbox in the same transaction.
 */
@NullMarked
package nl.naober.registration;

import org.jspecify.annotations.NullMarked;
