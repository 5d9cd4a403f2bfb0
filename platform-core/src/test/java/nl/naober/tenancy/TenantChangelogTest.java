package nl.naober.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantChangelogTest {

    @Test
    void theVersionIsDerivedFromTheChangelogItself() {
        TenantChangelog changelog = TenantChangelog.load(getClass().getClassLoader());

        assertThat(changelog.version()).matches("\\d+:tenant-\\d{4}-.+");
        assertThat(changelog.isCurrent(changelog.version())).isTrue();
        assertThat(changelog.isCurrent(null)).isFalse();
        assertThat(changelog.isCurrent("1:tenant-0001-family")).isFalse();
    }
}
