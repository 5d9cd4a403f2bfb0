/**
 * The catalog side of monitoring's ports: {@link nl.naober.monitoring.MonitoringBudgets},
 * {@link nl.naober.monitoring.MonitoringSettings} and {@link nl.naober.monitoring.NetworkMembers}, read from the
 * budget, settings and municipality features of the catalog. Monitoring's rules live in platform-core, which cannot
 * see the catalog; these adapters sit in tenant-admin, which sees both, and only translate.
 */
@NullMarked
package nl.naober.monitoring.catalog;

import org.jspecify.annotations.NullMarked;
