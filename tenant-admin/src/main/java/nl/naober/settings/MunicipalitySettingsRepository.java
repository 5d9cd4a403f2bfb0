package nl.naober.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalitySettingsRepository extends JpaRepository<MunicipalitySettings, String> {}
