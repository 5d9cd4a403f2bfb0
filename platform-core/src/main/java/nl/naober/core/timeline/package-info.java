@NamedInterface("timeline")
package nl.naober.core.timeline;

import org.springframework.modulith.NamedInterface;
