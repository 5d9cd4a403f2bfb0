package nl.naober.municipality;

import java.time.LocalDate;

/**
 * Onboarding a municipality.
 *
 * @param code lower-case code such as {@code midden-drenthe}; its schema becomes {@code t_midden_drenthe}
 * @param cbsCode the CBS municipality code, {@code GM} and four digits
 * @param programmeStart when the programme starts in this municipality; {@code null} when not known (demo data)
 */
public record NewMunicipality(String code, String name, String cbsCode, String networkCode, LocalDate programmeStart) {

    public NewMunicipality(String code, String name, String cbsCode, String networkCode) {
        this(code, name, cbsCode, networkCode, null);
    }
}
