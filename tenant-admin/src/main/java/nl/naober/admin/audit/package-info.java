@NamedInterface("audit")
package nl.naober.admin.audit;

import org.springframework.modulith.NamedInterface;
