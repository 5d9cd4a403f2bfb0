@NamedInterface("paging")
package nl.naober.web.paging;

import org.springframework.modulith.NamedInterface;
