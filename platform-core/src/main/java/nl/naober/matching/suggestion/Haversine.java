package nl.naober.matching.suggestion;

/** Great-circle distance on a spherical earth; accurate to well under a percent at municipal scale. */
final class Haversine {

    static final double EARTH_RADIUS_KM = 6371.0088;

    private Haversine() {}

    /** The distance in kilometres between two points given in degrees. */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinHalfDPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double a = sinHalfDPhi * sinHalfDPhi + Math.cos(phi1) * Math.cos(phi2) * sinHalfDLambda * sinHalfDLambda;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    /** Whether a location is known: both coordinates present and finite. */
    static boolean known(Double latitude, Double longitude) {
        return latitude != null && longitude != null && Double.isFinite(latitude) && Double.isFinite(longitude);
    }
}
