@NamedInterface("outcome")
package nl.naober.core.outcome;

import org.springframework.modulith.NamedInterface;
