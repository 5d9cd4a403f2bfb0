package nl.naober.administration.screens;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import nl.naober.municipality.NewMunicipality;
import org.springframework.format.annotation.DateTimeFormat;

/** The onboarding wizard as typed: the same rules and messages as the REST API's onboarding request. */
public class OnboardingForm implements Serializable {

    @NotBlank(message = "{admin.municipality.code.required}")
    @Pattern(regexp = "[a-z][a-z0-9-]{1,40}", message = "{admin.municipality.code.invalid}")
    private String code;

    @NotBlank(message = "{admin.municipality.name.required}")
    @Size(max = 100, message = "{admin.municipality.name.size}")
    private String name;

    @NotBlank(message = "{admin.municipality.cbsCode.required}")
    @Pattern(regexp = "GM[0-9]{4}", message = "{admin.municipality.cbsCode.invalid}")
    private String cbsCode;

    @NotNull(message = "{admin.municipality.programmeStart.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate programmeStart;

    NewMunicipality toCommand() {
        return new NewMunicipality(code, name, cbsCode, null, programmeStart);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCbsCode() {
        return cbsCode;
    }

    public void setCbsCode(String cbsCode) {
        this.cbsCode = cbsCode;
    }

    public LocalDate getProgrammeStart() {
        return programmeStart;
    }

    public void setProgrammeStart(LocalDate programmeStart) {
        this.programmeStart = programmeStart;
    }
}
