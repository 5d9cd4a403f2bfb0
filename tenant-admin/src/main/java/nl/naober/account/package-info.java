@NullMarked
package nl.naober.account;

import org.jspecify.annotations.NullMarked;
