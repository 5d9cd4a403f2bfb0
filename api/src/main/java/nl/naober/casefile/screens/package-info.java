/**
 * The coordinator's case file on the screens: the pages of a family, a support family, a match, a child, the map,
 * the suggestions and the appointments. They sit above every feature they show (a family's page lists its matches,
 * appointments and outcomes, and matching already knows families), so they are one module rather than each in its
 * feature. Its public types are the small kit that other features' staff screens use ({@link
 * nl.naober.casefile.screens.Screens}, {@link nl.naober.casefile.screens.CaseworkScreen}, …): the second face of the
 * {@code casefile} module.
 */
@NamedInterface("screens")
package nl.naober.casefile.screens;

import org.springframework.modulith.NamedInterface;
