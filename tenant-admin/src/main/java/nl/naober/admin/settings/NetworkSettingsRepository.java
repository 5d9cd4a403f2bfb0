package nl.naober.admin.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkSettingsRepository extends JpaRepository<NetworkSettings, String> {}
