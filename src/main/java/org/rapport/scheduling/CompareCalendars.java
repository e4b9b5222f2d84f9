package org.rapport.scheduling;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import org.rapport.clients.ClientService;
import org.rapport.identity.Account;
import org.rapport.platform.PracticeClock;

/**
 * An administrator's view of several counselors' days side by side (to find a time, or cover an
 * absence).
 */
@Named
@ViewScoped
public class CompareCalendars implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private SchedulingService scheduling;

    @Inject private ClientService clients;

    @Inject private PracticeClock clock;

    private LocalDate day;
    // shown data is not part of the session copy: read again after a fail-over (the day and the
    // choice stay)
    private transient List<Account> counselors = List.of();
    private List<Long> shown = new ArrayList<>();
    private transient Map<Long, ScheduleModel> models = new HashMap<>();

    public void open() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        day = clock.today();
        counselors = clients.counselors();
        counselors().stream().limit(4).forEach(k -> shown.add(k.getId()));
    }

    /** The counselors to choose from; read again only after a fail-over. */
    private List<Account> counselors() {
        if (counselors == null) {
            counselors = clients.counselors();
        }
        return counselors;
    }

    /**
     * The calendars made in this view so far; made again, as they are asked for, after a fail-over.
     */
    private Map<Long, ScheduleModel> models() {
        if (models == null) {
            models = new HashMap<>();
        }
        return models;
    }

    /**
     * The calendar of one counselor for the chosen day; read when the schedule asks for its range.
     */
    public ScheduleModel modelFor(Long counselorId) {
        return models().computeIfAbsent(
                        counselorId,
                        id ->
                                new LazyScheduleModel() {
                                    private static final long serialVersionUID = 1L;

                                    @Override
                                    public void loadEvents(LocalDateTime start, LocalDateTime end) {
                                        ZoneId zone = clock.zone();
                                        for (Appointment a :
                                                scheduling.range(
                                                        id,
                                                        start.atZone(zone).toInstant(),
                                                        end.atZone(zone).toInstant())) {
                                            addEvent(
                                                    DefaultScheduleEvent.<Long>builder()
                                                            .id(String.valueOf(a.getId()))
                                                            .title(
                                                                    a.getWithName()
                                                                            + (a.isCancelled()
                                                                                    ? " ("
                                                                                            + a.getStatus()
                                                                                                    .getLabel()
                                                                                                    .toLowerCase()
                                                                                            + ")"
                                                                                    : ""))
                                                            .startDate(
                                                                    LocalDateTime.ofInstant(
                                                                            a.getStartsAt(), zone))
                                                            .endDate(
                                                                    LocalDateTime.ofInstant(
                                                                            a.getEndsAt(), zone))
                                                            .styleClass(
                                                                    "appt appt-"
                                                                            + a.getKind()
                                                                                    .name()
                                                                                    .toLowerCase()
                                                                            + " appt-"
                                                                            + a.getStatus()
                                                                                    .name()
                                                                                    .toLowerCase())
                                                            .editable(false)
                                                            .data(a.getId())
                                                            .build());
                                        }
                                    }
                                });
    }

    public void onEventSelect(SelectEvent<ScheduleEvent<Long>> event) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext()
                .redirect(
                        faces.getExternalContext().getRequestContextPath()
                                + "/counselor/appointment.xhtml?id="
                                + event.getObject().getData());
    }

    public void previousDay() {
        day = day.minusDays(1);
    }

    public void nextDay() {
        day = day.plusDays(1);
    }

    public void today() {
        day = clock.today();
    }

    /** The counselors ticked, in the order of the list. */
    public List<Account> getShownCounselors() {
        return counselors().stream().filter(k -> shown.contains(k.getId())).toList();
    }

    public String getDayLabel() {
        return LocalTimes.day(day);
    }

    public String getTimeZone() {
        return clock.zone().getId();
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day == null ? clock.today() : day;
    }

    public List<Account> getCounselors() {
        return counselors();
    }

    public List<Long> getShown() {
        return shown;
    }

    public void setShown(List<Long> shown) {
        this.shown = shown == null ? new ArrayList<>() : new ArrayList<>(shown);
    }
}
