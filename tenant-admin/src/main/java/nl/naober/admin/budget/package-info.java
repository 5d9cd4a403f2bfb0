/** Budgets of a municipality: budget lines with category allocations, expenditures and their summary. */
@NamedInterface("budget")
package nl.naober.admin.budget;

import org.springframework.modulith.NamedInterface;
