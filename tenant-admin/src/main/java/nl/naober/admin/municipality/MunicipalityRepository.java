package nl.naober.admin.municipality;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRepository extends JpaRepository<Municipality, String> {

    List<Municipality> findByStatus(MunicipalityStatus status);

    boolean existsByCbsCode(String cbsCode);

    boolean existsByNameIgnoreCase(String name);
}
