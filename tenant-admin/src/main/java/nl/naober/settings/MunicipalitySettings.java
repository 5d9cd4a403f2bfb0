package nl.naober.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A municipality's own settings; a null value means the network's applies. */
@Entity
@Table(name = "municipality_settings", schema = "platform")
class MunicipalitySettings {

    @Id
    @Column(name = "municipality_code", length = 41)
    private String municipalityCode;

    @Embedded
    private SettingColumns columns;

    /** The web sites that may call the public registration API from a browser (CORS), space-separated. */
    @Column(name = "public_form_origins", length = 1000)
    private String publicFormOrigins;

    /** What the public registration pages show as the programme's contact; null when not set. */
    @Column(name = "public_contact_phone", length = 20)
    private String publicContactPhone;

    @Column(name = "public_contact_email", length = 254)
    private String publicContactEmail;

    @Version
    private Long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MunicipalitySettings() {}

    MunicipalitySettings(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    void change(SettingValues overrides, Instant at) {
        this.columns = new SettingColumns(overrides);
        this.updatedAt = at;
    }

    SettingValues overrides() {
        return SettingColumns.values(columns);
    }

    String publicFormOrigins() {
        return publicFormOrigins;
    }

    void changePublicFormOrigins(String origins, Instant at) {
        this.publicFormOrigins = origins;
        this.updatedAt = at;
    }

    PublicContact.Contact publicContact() {
        return new PublicContact.Contact(publicContactPhone, publicContactEmail);
    }

    void changePublicContact(PublicContact.Contact contact, Instant at) {
        this.publicContactPhone = contact.phone();
        this.publicContactEmail = contact.email();
        this.updatedAt = at;
    }

    Long version() {
        return version;
    }
}
