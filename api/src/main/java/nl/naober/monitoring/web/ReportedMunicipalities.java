package nl.naober.monitoring.web;

import nl.naober.monitoring.ReportedMunicipality;
import nl.naober.municipality.MunicipalitySummary;

/** The catalog's municipality as monitoring's services take it: its code and name. */
public final class ReportedMunicipalities {

    private ReportedMunicipalities() {}

    public static ReportedMunicipality of(MunicipalitySummary municipality) {
        return new ReportedMunicipality(municipality.code(), municipality.name());
    }
}
