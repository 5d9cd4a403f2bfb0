package nl.naober.admin.municipality;

/**
 * Onboarding a municipality.
 *
 * @param code lower-case code such as {@code midden-drenthe}; its schema becomes {@code t_midden_drenthe}
 * @param cbsCode the CBS municipality code, {@code GM} and four digits
 */
public record NewMunicipality(String code, String name, String cbsCode, String networkCode) {}
