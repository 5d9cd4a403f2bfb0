/**
 * The case file that a family and a support family share: address, coordinator, registration and status dates, the
 * stale-edit version, the rules on intakes and status dates, and locating the address. Each feature keeps only what
 * differs (its states, children or household members, its own details).
 */
@NullMarked
package nl.naober.caserecord;

import org.jspecify.annotations.NullMarked;
