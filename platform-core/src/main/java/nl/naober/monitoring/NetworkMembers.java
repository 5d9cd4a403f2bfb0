package nl.naober.monitoring;

import java.util.List;

/**
 * Port: which municipalities of a network are active, and the network's name, as the network view reads them from
 * the catalog. Implemented on the catalog side (tenant-admin).
 */
public interface NetworkMembers {

    /** The active municipalities of the network, in the catalog's order (the columns of the network view). */
    List<ReportedMunicipality> activeMunicipalities(String networkCode);

    /** The network's name; its code when the catalog has no name for it. */
    String name(String networkCode);
}
