/**
 * Background jobs: sending the mail outbox and the coordinators' morning digest. Each job runs on one instance at a
 * time (ShedLock on the catalog's {@code platform.shedlock}) and works through the active municipalities one by one,
 * each in its own tenant context. {@code naober.jobs.enabled=false} stops the timers and the send-after-commit; the
 * jobs themselves stay callable (tests call them directly).
 */
package nl.naober.jobs;
