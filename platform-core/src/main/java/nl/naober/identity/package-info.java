@NullMarked
package nl.naober.identity;

import org.jspecify.annotations.NullMarked;
