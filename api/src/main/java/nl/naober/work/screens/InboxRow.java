package nl.naober.work.screens;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import nl.naober.programme.ProgrammeTime;
import nl.naober.programme.WorkingDays;
import nl.naober.registration.InboxItem;

/**
 * A self-registration as the inbox shows it: when it arrived (in the municipality's time) and how many working days
 * it has waited; overdue once the promised reply time has passed.
 */
record InboxRow(InboxItem item, ZonedDateTime arrived, int workingDaysWaiting, boolean overdue) {

    /** @param replyWithinWorkingDays what the confirmation page and mail promise the registrant */
    static InboxRow of(InboxItem item, LocalDate today, int replyWithinWorkingDays) {
        return new InboxRow(
                item,
                item.receivedAt().atZone(ProgrammeTime.ZONE),
                WorkingDays.between(item.receivedOn(), today),
                item.unansweredPast(replyWithinWorkingDays, today));
    }
}
