package nl.naober.budget;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExpenditureImportRefRepository extends JpaRepository<ExpenditureImportRef, ExpenditureImportRef.Key> {

    @Query("select r.key.importRef from ExpenditureImportRef r where r.key.municipalityCode = :municipalityCode")
    List<String> refsOf(String municipalityCode);
}
