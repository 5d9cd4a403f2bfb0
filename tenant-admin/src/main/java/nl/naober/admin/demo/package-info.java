@NamedInterface("demo")
package nl.naober.admin.demo;

import org.springframework.modulith.NamedInterface;
