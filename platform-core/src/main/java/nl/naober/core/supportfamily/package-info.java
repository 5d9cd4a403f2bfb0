@NamedInterface("supportfamily")
package nl.naober.core.supportfamily;

import org.springframework.modulith.NamedInterface;
