@NamedInterface("account")
package nl.naober.admin.account;

import org.springframework.modulith.NamedInterface;
