package nl.naober.retention;

/**
 * What a retention run anonymised, or what the next run would (the dry run): records per type, never a name.
 *
 * @param matches matches whose notes, evaluations, signals and contact notes lose their text
 * @param registrations public registrations whose first name goes
 * @param mails e-mails in the outbox to an anonymised address, whose address and body go
 * @param accessLogLines access-log lines older than the log's retention, deleted
 */
public record RetentionCounts(
        int families,
        int children,
        int supportFamilies,
        int householdMembers,
        int matches,
        int registrations,
        int mails,
        int accessLogLines) {

    public static final RetentionCounts NONE = new RetentionCounts(0, 0, 0, 0, 0, 0, 0, 0);

    public RetentionCounts plus(RetentionCounts other) {
        return new RetentionCounts(
                families + other.families,
                children + other.children,
                supportFamilies + other.supportFamilies,
                householdMembers + other.householdMembers,
                matches + other.matches,
                registrations + other.registrations,
                mails + other.mails,
                accessLogLines + other.accessLogLines);
    }

    public RetentionCounts withAccessLogLines(int lines) {
        return new RetentionCounts(
                families, children, supportFamilies, householdMembers, matches, registrations, mails, lines);
    }
}
