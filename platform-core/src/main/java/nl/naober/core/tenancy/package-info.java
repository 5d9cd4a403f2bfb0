@NamedInterface("tenancy")
package nl.naober.core.tenancy;

import org.springframework.modulith.NamedInterface;
