package nl.naober.supportfamily;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SupportFamilyRepository extends JpaRepository<SupportFamily, UUID>, JpaSpecificationExecutor<SupportFamily> {}
