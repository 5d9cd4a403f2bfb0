package nl.naober.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A network's defaults for its municipalities; every value is set (missing ones from the platform defaults). */
@Entity
@Table(name = "network_settings", schema = "platform")
class NetworkSettings {

    @Id
    @Column(name = "network_code", length = 40)
    private String networkCode;

    @Embedded
    private SettingColumns columns;

    @Version
    private Long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NetworkSettings() {}

    NetworkSettings(String networkCode) {
        this.networkCode = networkCode;
    }

    void change(SettingValues values, Instant at) {
        this.columns = new SettingColumns(values.orElse(SettingValues.PLATFORM_DEFAULTS));
        this.updatedAt = at;
    }

    SettingValues values() {
        return SettingColumns.values(columns);
    }

    Long version() {
        return version;
    }
}
