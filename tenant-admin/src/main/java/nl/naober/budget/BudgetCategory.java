package nl.naober.budget;

/** What a budget line's money is for. */
public enum BudgetCategory {
    /** Coordinators' hours. */
    COORDINATION,
    /** Expense allowances for volunteer support families. */
    VOLUNTEER_ALLOWANCES,
    /** Activities for families and volunteers. */
    ACTIVITIES,
    /** Overhead of the welfare organisation. */
    OVERHEAD
}
