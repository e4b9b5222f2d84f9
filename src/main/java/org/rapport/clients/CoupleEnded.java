package org.rapport.clients;

import java.time.LocalDate;

/**
 * Fired inside the transaction that ends a couple's work, for the capabilities that attach to the
 * couple: what flowed between the partners (homework done together or shared, check-ins of the
 * couple) stops with it.
 */
public record CoupleEnded(long coupleId, LocalDate endedOn) {}
