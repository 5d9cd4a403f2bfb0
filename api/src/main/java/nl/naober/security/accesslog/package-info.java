@NamedInterface("accesslog")
package nl.naober.security.accesslog;

import org.springframework.modulith.NamedInterface;
