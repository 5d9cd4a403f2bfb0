@NamedInterface("municipality")
package nl.naober.admin.municipality;

import org.springframework.modulith.NamedInterface;
