@NullMarked
package nl.naober.work;

import org.jspecify.annotations.NullMarked;
