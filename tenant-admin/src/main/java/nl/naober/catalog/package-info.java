@NullMarked
package nl.naober.catalog;

import org.jspecify.annotations.NullMarked;
