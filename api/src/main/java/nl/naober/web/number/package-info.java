@NamedInterface("number")
package nl.naober.web.number;

import org.springframework.modulith.NamedInterface;
