/**
 * The Dutch monitoring screens of a municipality ({@code /monitoring}): for its policy officers and coordinators,
 * aggregates of their own municipality only. The network-wide view for network admins ({@code /beheer/monitoring})
 * is not here.
 */
package nl.naober.monitoring.screens;
