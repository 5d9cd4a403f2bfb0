@NamedInterface("problem")
package nl.naober.web.problem;

import org.springframework.modulith.NamedInterface;
