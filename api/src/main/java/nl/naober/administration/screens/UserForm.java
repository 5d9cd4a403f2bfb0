package nl.naober.administration.screens;

import java.io.Serializable;
import java.util.UUID;
import nl.naober.account.MunicipalRole;
import nl.naober.account.NewMunicipalUser;

/** A new coordinator or policy officer as typed; {@link NewMunicipalUser} validates it. */
public class UserForm implements Serializable {

    private String username;
    private MunicipalRole role;
    private UUID welfareOrganisationId;
    private String email;

    NewMunicipalUser toCommand() {
        return new NewMunicipalUser(username, role, welfareOrganisationId, email);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public MunicipalRole getRole() {
        return role;
    }

    public void setRole(MunicipalRole role) {
        this.role = role;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public UUID getWelfareOrganisationId() {
        return welfareOrganisationId;
    }

    public void setWelfareOrganisationId(UUID welfareOrganisationId) {
        this.welfareOrganisationId = welfareOrganisationId;
    }
}
