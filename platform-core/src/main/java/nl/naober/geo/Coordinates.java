package nl.naober.geo;

/**
 * A point on the earth in WGS 84 degrees.
 *
 * @param latitude north-south, -90 to 90
 * @param longitude east-west, -180 to 180
 */
public record Coordinates(double latitude, double longitude) {

    /** The IUGG mean radius: the haversine formula treats the earth as a sphere, this one errs least on average. */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    public Coordinates {
        // Written so that NaN fails too: a NaN would silently turn every distance into NaN.
        if (!(latitude >= -90.0 && latitude <= 90.0)) {
            throw new IllegalArgumentException("latitude must lie between -90 and 90, got " + latitude);
        }
        if (!(longitude >= -180.0 && longitude <= 180.0)) {
            throw new IllegalArgumentException("longitude must lie between -180 and 180, got " + longitude);
        }
    }

    /**
     * The great-circle distance (haversine): as the crow flies, so a lower bound for travel distance. Within the
     * Netherlands the spherical model is off by at most a few tenths of a percent, far below what matching needs.
     */
    public double kilometresTo(Coordinates other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double deltaPhi = phi2 - phi1;
        double deltaLambda = Math.toRadians(other.longitude - longitude);
        double sinHalfPhi = Math.sin(deltaPhi / 2);
        double sinHalfLambda = Math.sin(deltaLambda / 2);
        double a = sinHalfPhi * sinHalfPhi + Math.cos(phi1) * Math.cos(phi2) * sinHalfLambda * sinHalfLambda;
        // min() guards against rounding pushing a just above 1 for antipodal points.
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
