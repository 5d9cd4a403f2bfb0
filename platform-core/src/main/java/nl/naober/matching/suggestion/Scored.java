package nl.naober.matching.suggestion;

/** A candidate that passed the exclusions, with its points; no text yet. */
final class Scored {
    final Candidate candidate;
    final int overlapMask;
    final int dayPartPoints;
    final int agePoints;
    final double km; // NaN when unknown
    final int distancePoints;
    final int coveredNeedMask;
    final int experiencePoints;
    final int loadPoints;
    final int total;

    Scored(
            Candidate candidate,
            int overlapMask,
            int dayPartPoints,
            int agePoints,
            double km,
            int distancePoints,
            int coveredNeedMask,
            int experiencePoints,
            int loadPoints) {
        this.candidate = candidate;
        this.overlapMask = overlapMask;
        this.dayPartPoints = dayPartPoints;
        this.agePoints = agePoints;
        this.km = km;
        this.distancePoints = distancePoints;
        this.coveredNeedMask = coveredNeedMask;
        this.experiencePoints = experiencePoints;
        this.loadPoints = loadPoints;
        this.total = dayPartPoints + agePoints + distancePoints + experiencePoints + loadPoints;
    }
}
