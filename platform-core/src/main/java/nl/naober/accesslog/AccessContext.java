package nl.naober.accesslog;

/** Tells the log who is at work; the web layer implements it from the security context and the request. */
public interface AccessContext {

    Accessor current();
}
