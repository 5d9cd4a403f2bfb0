package nl.naober.matching;

/** The small vocabularies of a match's follow-up. */
public final class MatchVocabulary {

    private MatchVocabulary() {}

    /** TRIAL decides continue or end; PERIODIC keeps an active match on track. */
    public enum EvaluationKind {
        TRIAL,
        PERIODIC
    }

    public enum Decision {
        CONTINUE,
        END
    }

    public enum ContactWith {
        FAMILY,
        SUPPORT_FAMILY,
        BOTH
    }

    public enum SignalKind {
        DEBTS,
        SAFETY,
        HEALTH,
        ESCALATION,
        OTHER
    }

    public enum ReportedBy {
        COORDINATOR,
        SUPPORT_FAMILY
    }

    /** Where the family was referred to, only with its consent. */
    public enum Referral {
        NONE,
        SOCIAL_WORK,
        PROFESSIONAL_CARE
    }
}
