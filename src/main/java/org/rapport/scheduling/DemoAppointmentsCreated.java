package org.rapport.scheduling;

/** Fired once the demo practice's calendar is in the database (the demo's notes follow it). */
public record DemoAppointmentsCreated() {}
