package nl.naober.identity;

/**
 * Who does the case work in progress, for the timeline and "responsible coordinator". The web layer implements
 * it from the security context; jobs name themselves.
 */
public interface CurrentActor {

    String username();
}
