package nl.naober.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.family.ChildView;
import nl.naober.family.FamilyStatus;
import nl.naober.family.FamilyView;
import nl.naober.programme.DayPart;
import nl.naober.programme.EventDateException;
import nl.naober.programme.RuleViolationException;
import nl.naober.supportfamily.SupportFamilyStatus;
import nl.naober.supportfamily.SupportFamilyView;

/** The rules a proposal must meet, checked on what the proposal's locked rows say; no framework, no database. */
final class ProposalRules {

    private ProposalRules() {}

    /**
     * A proposal lies on or after the family's registration and the day it started to wait, and on or after the
     * support family's registration and the day it became available (entered in date order, the later of each).
     */
    static void requireDate(LocalDate on, FamilyView family, SupportFamilyView supportFamily) {
        EventDateException.requireNotBefore("proposedOn", on, "family.registrationDate", family.registrationDate());
        if (family.status() == FamilyStatus.WAITING) {
            EventDateException.requireNotBefore("proposedOn", on, "family.statusChangedOn", family.statusChangedOn());
        }
        EventDateException.requireNotBefore(
                "proposedOn", on, "supportFamily.registrationDate", supportFamily.registrationDate());
        if (supportFamily.status() == SupportFamilyStatus.AVAILABLE) {
            EventDateException.requireNotBefore(
                    "proposedOn", on, "supportFamily.statusChangedOn", supportFamily.statusChangedOn());
        }
    }

    /** Refuses the proposal with every rule it breaks (each once, in this order), or does nothing. */
    static void requireNone(
            FamilyView family,
            SupportFamilyView supportFamily,
            List<UUID> childIds,
            Set<DayPart> dayParts,
            boolean familyHasOpenMatch,
            int childrenPlaced,
            List<String> missingForAvailable) {
        List<String> broken = new ArrayList<>();
        if (family.status() != FamilyStatus.WAITING) {
            broken.add("rule.family-not-waiting");
        }
        if (familyHasOpenMatch) {
            broken.add("rule.family-has-open-match");
        }
        if (childIds.isEmpty()) {
            broken.add("rule.no-children");
        } else if (!family.children().stream().map(ChildView::id).toList().containsAll(childIds)) {
            broken.add("rule.unknown-child");
        }
        if (supportFamily.status() != SupportFamilyStatus.AVAILABLE) {
            broken.add("rule.support-family-not-available");
        }
        broken.addAll(missingForAvailable);
        if (childrenPlaced + childIds.size() > supportFamily.capacity()) {
            broken.add("rule.capacity");
        }
        if (!supportFamily.availableDayParts().containsAll(dayParts)) {
            broken.add("rule.day-parts");
        }
        if (!broken.isEmpty()) {
            throw RuleViolationException.of(broken.stream().distinct().toList());
        }
    }
}
