package org.rapport.scheduling;

import java.time.Instant;

/**
 * Fired inside the transaction that moves an appointment or records what became of it, for the
 * capabilities that hang on its time: a questionnaire sent before the session follows it to its new
 * time, or is withdrawn when it is cancelled.
 */
public record AppointmentChanged(long appointmentId, Instant startsAt, boolean cancelled) {}
