@NamedInterface("pdf")
package nl.naober.web.pdf;

import org.springframework.modulith.NamedInterface;
