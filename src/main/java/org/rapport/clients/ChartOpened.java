package org.rapport.clients;

import java.util.List;

/**
 * Fired when a member of staff opens a client's chart (one client) or a couple's (both partners):
 * what the clients sent up to now counts as read by that counselor (see the home page's answers to
 * read).
 */
public record ChartOpened(List<Long> clientIds) {}
