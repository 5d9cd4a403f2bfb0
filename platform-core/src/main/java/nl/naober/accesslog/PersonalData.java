package nl.naober.accesslog;

/**
 * A record (entity or view) that holds personal data. Entities that implement it have every change logged; views
 * that implement it have every showing logged, through REST and screens alike.
 */
public interface PersonalData {

    AccessRecord accessRecord();
}
