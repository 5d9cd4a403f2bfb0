package nl.naober.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface WelfareOrganisationRepository extends JpaRepository<WelfareOrganisation, UUID> {

    Page<WelfareOrganisation> findByMunicipalityCode(String municipalityCode, Pageable pageable);

    Optional<WelfareOrganisation> findByIdAndMunicipalityCode(UUID id, String municipalityCode);

    List<WelfareOrganisation> findByMunicipalityCodeAndIdIn(String municipalityCode, Collection<UUID> ids);

    boolean existsByMunicipalityCodeAndNameIgnoreCase(String municipalityCode, String name);

    boolean existsByMunicipalityCodeAndNameIgnoreCaseAndIdNot(String municipalityCode, String name, UUID id);
}
