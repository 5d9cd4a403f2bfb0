@NamedInterface("family")
package nl.naober.core.family;

import org.springframework.modulith.NamedInterface;
