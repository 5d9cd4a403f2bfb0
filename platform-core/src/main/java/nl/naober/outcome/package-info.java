@NullMarked
package nl.naober.outcome;

import org.jspecify.annotations.NullMarked;
