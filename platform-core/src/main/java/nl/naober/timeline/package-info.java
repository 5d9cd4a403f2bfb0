@NullMarked
package nl.naober.timeline;

import org.jspecify.annotations.NullMarked;
