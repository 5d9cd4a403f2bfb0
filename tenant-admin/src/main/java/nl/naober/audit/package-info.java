@NullMarked
package nl.naober.audit;

import org.jspecify.annotations.NullMarked;
