package nl.naober.casefile.screens;

import java.io.Serializable;
import java.time.LocalDate;
import nl.naober.supportfamily.NewHouseholdMember;
import org.springframework.format.annotation.DateTimeFormat;

/** A household member as typed; {@link NewHouseholdMember} validates it. */
public class MemberForm implements Serializable {

    private String firstName;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    NewHouseholdMember toCommand() {
        return new NewHouseholdMember(firstName, birthDate);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }
}
