/**
 * Approvals by a municipality's privacy officer for moving its case data out of the platform: an export of its
 * case tables, the removal of its data. {@link PrivacyApprovals} is the public face.
 */
@NullMarked
package nl.naober.approval;

import org.jspecify.annotations.NullMarked;
