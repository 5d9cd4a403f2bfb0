package nl.naober.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkSettingsRepository extends JpaRepository<NetworkSettings, String> {}
