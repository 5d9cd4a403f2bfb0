package nl.naober.monitoring;

/**
 * Signals of escalation noted in the period ({@code match_signal.noted_on} in the period).
 *
 * @param signals all signals noted in the period
 * @param referrals those with a referral (referral not NONE: social work or professional care)
 * @param referralsToProfessionalCare those with referral PROFESSIONAL_CARE
 */
public record Escalations(int signals, int referrals, int referralsToProfessionalCare) {}
