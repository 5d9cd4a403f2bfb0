@NullMarked
package nl.naober.tenancy;

import org.jspecify.annotations.NullMarked;
