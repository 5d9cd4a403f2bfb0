/** Budgets of a municipality: budget lines with category allocations, expenditures and their summary. */
package nl.naober.budget;
