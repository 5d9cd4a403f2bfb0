package nl.naober.observability.metrics;

/**
 * What the business metrics of one municipality show, read in one query: counts only, never a person's data.
 *
 * @param familiesWaiting families in status WAITING
 * @param registrationsUnhandled families in status REGISTERED (no intake yet)
 * @param longestWaitDays days since the registration of the longest-waiting WAITING family; 0 when none waits
 * @param matchesProposed open matches in state PROPOSED
 * @param matchesTrial open matches in state TRIAL
 * @param matchesActive open matches in state ACTIVE
 * @param supportFamiliesAvailable support families in status AVAILABLE
 * @param evaluationsOverdue TRIAL matches past their planned trial end and ACTIVE matches past their next
 *     evaluation date, as of today
 * @param trialsContinued trial evaluations that decided CONTINUE, ever
 * @param trialsEnded trial evaluations that decided END, ever
 * @param inboxWaiting self-registrations no coordinator has taken up yet
 * @param mailsPending mails in the outbox not yet accepted by a mail server
 * @param oldestPendingMailSeconds how long the oldest of those has waited; 0 when none
 */
record MunicipalityCounts(
        long familiesWaiting,
        long registrationsUnhandled,
        long longestWaitDays,
        long matchesProposed,
        long matchesTrial,
        long matchesActive,
        long supportFamiliesAvailable,
        long evaluationsOverdue,
        long trialsContinued,
        long trialsEnded,
        long inboxWaiting,
        long mailsPending,
        long oldestPendingMailSeconds) {}
