package org.rapport.scheduling;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.PracticeClock;
import org.rapport.platform.Slice;

/** The appointments tab of a client's or a couple's chart (read once per page). */
@Named
@ViewScoped
public class ChartAppointments implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private SchedulingService scheduling;

    @Inject private PracticeClock clock;

    private String key;
    private int limit = Slice.FIRST;
    // shown data is not part of the session copy: read again after a fail-over
    private transient Slice<Appointment> appointments;

    public Slice<Appointment> ofClient(long clientId) {
        return load("client:" + clientId, clientId, null);
    }

    public Slice<Appointment> ofCouple(long coupleId) {
        return load("couple:" + coupleId, null, coupleId);
    }

    /** "Show older": the next ones on the same page. */
    public void showMore() {
        limit += Slice.MORE;
        appointments = null;
    }

    private Slice<Appointment> load(String wanted, Long clientId, Long coupleId) {
        if (appointments == null || !wanted.equals(key)) {
            appointments = scheduling.forChart(clientId, coupleId, limit);
            key = wanted;
        }
        return appointments;
    }

    public boolean isPast(Appointment appointment) {
        return appointment.getStartsAt().isBefore(clock.now());
    }
}
