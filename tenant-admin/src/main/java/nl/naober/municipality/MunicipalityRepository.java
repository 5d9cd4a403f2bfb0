package nl.naober.municipality;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MunicipalityRepository extends JpaRepository<Municipality, String> {

    List<Municipality> findByStatus(MunicipalityStatus status);

    boolean existsByCbsCode(String cbsCode);

    boolean existsByCodeAndStatus(String code, MunicipalityStatus status);

    boolean existsByNameIgnoreCase(String name);

    /** The municipalities holding any of these: the code, the name (in any case) or the CBS code. */
    @Query("SELECT m FROM Municipality m WHERE m.code = ?1 OR lower(m.name) = lower(?2) OR m.cbsCode = ?3")
    List<Municipality> findHoldingAnyOf(String code, String name, String cbsCode);

    Page<Municipality> findByNetworkCode(String networkCode, Pageable pageable);

    Optional<Municipality> findByCodeAndNetworkCode(String code, String networkCode);

    /** The local logins of a municipality that is being removed (they reference its catalog row). */
    @Modifying
    @Query(value = "DELETE FROM platform.local_account WHERE municipality_code = ?1", nativeQuery = true)
    int deleteLocalAccountsOf(String code);
}
