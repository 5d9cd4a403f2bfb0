@NamedInterface("identity")
package nl.naober.core.identity;

import org.springframework.modulith.NamedInterface;
