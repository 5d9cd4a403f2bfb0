@NullMarked
package nl.naober.demo;

import org.jspecify.annotations.NullMarked;
