@NamedInterface("catalog")
package nl.naober.admin.catalog;

import org.springframework.modulith.NamedInterface;
