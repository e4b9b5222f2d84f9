package org.rapport.scheduling;

import java.io.Serializable;
import java.time.Instant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.FieldMessages;

/** The calendar page's panel for the phone calendar feed. */
@Named
@ViewScoped
public class FeedSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CalendarFeedService feeds;

    private String address;

    public Instant getEnabledSince() {
        return feeds.enabledSince().orElse(null);
    }

    public void newAddress() {
        address = feeds.newAddress();
        FieldMessages.infoFor(
                "feed:feed-status",
                "Copy this address into your phone's calendar now: it is shown only once. Any earlier"
                        + " address has stopped working.");
    }

    public void turnOff() {
        feeds.turnOff();
        address = null;
        FieldMessages.infoFor(
                "feed:feed-status", "The calendar feed is off; its address no longer works.");
    }

    public String getAddress() {
        return address;
    }
}
