package nl.naober.municipality;

import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRepository extends JpaRepository<Network, String> {

    boolean existsByNameIgnoreCase(String name);
}
