package nl.naober.appointment;

/** PLANNED until the visit is recorded (DONE) or called off (CANCELLED); only a planned one can change. */
public enum AppointmentStatus {
    PLANNED,
    DONE,
    CANCELLED
}
