package nl.naober.demo;

import java.util.List;
import nl.naober.account.LocalAccounts;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.NetworkCatalog;
import nl.naober.municipality.NewMunicipality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The two networks, six municipalities (real CBS codes) and demo logins of DESIGN.md, seeded on the first start
 * of an empty catalog. Off in production ({@code naober.demo.enabled=false}) and, unless asked for, with any database
 * but the embedded one ({@link DemoEnabled}).
 */
@Component
@Conditional(DemoEnabled.class)
public class DemoCatalog {

    public static final String PASSWORD = "naober-demo";

    public static final List<NewMunicipality> MUNICIPALITIES = List.of(
            new NewMunicipality("meppel", "Meppel", "GM0119", "buurtgezinnen"),
            new NewMunicipality("hoogeveen", "Hoogeveen", "GM0118", "buurtgezinnen"),
            new NewMunicipality("de-wolden", "De Wolden", "GM1690", "buurtgezinnen"),
            new NewMunicipality("midden-drenthe", "Midden-Drenthe", "GM1731", "steunoudernl"),
            new NewMunicipality("borger-odoorn", "Borger-Odoorn", "GM1681", "steunoudernl"),
            new NewMunicipality("emmen", "Emmen", "GM0114", "steunoudernl"));

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final NetworkCatalog networks;
    private final MunicipalityProvisioning provisioning;
    private final LocalAccounts accounts;

    DemoCatalog(NetworkCatalog networks, MunicipalityProvisioning provisioning, LocalAccounts accounts) {
        this.networks = networks;
        this.provisioning = provisioning;
        this.accounts = accounts;
    }

    public void seedIfEmpty() {
        if (!networks.isEmpty()) {
            addPrivacyOfficersToEarlierDemoCatalog();
            return;
        }
        networks.create("buurtgezinnen", "Buurtgezinnen");
        networks.create("steunoudernl", "SteunouderNL");
        MUNICIPALITIES.forEach(provisioning::provision);

        String hash = accounts.hash(PASSWORD); // one hash for all demo logins: they share the password
        for (NewMunicipality municipality : MUNICIPALITIES) {
            String coordinator = "coordinator." + municipality.code();
            accounts.createWithHash(
                    CurrentUser.of(coordinator, Role.COORDINATOR, municipality.code()), hash, demoEmail(coordinator));
            accounts.createWithHash(
                    CurrentUser.of("policy." + municipality.code(), Role.POLICY_OFFICER, municipality.code()), hash);
            accounts.createWithHash(
                    CurrentUser.of("privacy." + municipality.code(), Role.PRIVACY_OFFICER, municipality.code()), hash);
        }
        accounts.createWithHash(CurrentUser.of("admin.buurtgezinnen", Role.NETWORK_ADMIN, "buurtgezinnen"), hash);
        accounts.createWithHash(CurrentUser.of("admin.steunoudernl", Role.NETWORK_ADMIN, "steunoudernl"), hash);
        accounts.createWithHash(CurrentUser.of("admin.platform", Role.PLATFORM_ADMIN, null), hash);
        log.info("Seeded the demo catalog: 2 networks, {} municipalities, demo logins", MUNICIPALITIES.size());
    }

    /** A demo data folder made before the privacy officer role existed gets its demo logins too. */
    private void addPrivacyOfficersToEarlierDemoCatalog() {
        if (accounts.findByUsername("admin.buurtgezinnen").isEmpty()) {
            return; // not a demo catalog
        }
        String hash = null;
        for (NewMunicipality municipality : MUNICIPALITIES) {
            String username = "privacy." + municipality.code();
            if (accounts.findByUsername(username).isEmpty()) {
                hash = hash != null ? hash : accounts.hash(PASSWORD);
                accounts.createWithHash(CurrentUser.of(username, Role.PRIVACY_OFFICER, municipality.code()), hash);
            }
        }
    }

    /** example.org is reserved for examples: a demo mail can never reach a real person. */
    public static String demoEmail(String username) {
        return username + "@example.org";
    }
}
