@NamedInterface("programme")
package nl.naober.core.programme;

import org.springframework.modulith.NamedInterface;
