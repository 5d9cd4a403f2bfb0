@NamedInterface("work")
package nl.naober.core.work;

import org.springframework.modulith.NamedInterface;
