package nl.naober.geo;

/**
 * The geocoding service failed, as opposed to not knowing the address (an empty result). Unchecked: callers such
 * as a registration form usually carry on without coordinates rather than handle it.
 */
public class GeocoderUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GeocoderUnavailableException(String message) {
        super(message);
    }
}
