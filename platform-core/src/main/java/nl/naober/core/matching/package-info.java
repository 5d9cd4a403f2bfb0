@NamedInterface("matching")
package nl.naober.core.matching;

import org.springframework.modulith.NamedInterface;
