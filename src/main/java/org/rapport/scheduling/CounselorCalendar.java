package org.rapport.scheduling;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import org.rapport.clients.ClientService;
import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.FieldMessages;
import org.rapport.platform.Ids;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.PracticeClock;

/**
 * The counselor's calendar (an administrator picks whose): only the visible range is read; click a
 * free slot to book, click an appointment to open it, drag to move, stretch to change its length.
 */
@Named("calendar")
@ViewScoped
public class CounselorCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SchedulingService scheduling;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PracticeClock clock;

    @Inject
    private ClientService clients;

    private String date;
    private String counselor;
    private Long counselorId;
    // shown data is not part of the session copy: read again after a fail-over (whose calendar it is stays)
    private transient List<Account> counselors = List.of();
    private transient ScheduleModel model;

    /**
     * Which appointment an event is, and the version of it the calendar showed: a drag moves what the
     * counselor saw, and is refused when someone changed the appointment since.
     */
    record Shown(long id, long version) implements Serializable {
    }

    /** The calendar of the chosen counselor; only the range the schedule shows is read. */
    private class CalendarModel extends LazyScheduleModel {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            ZoneId zone = clock.zone();
            if (currentUser.isAdmin() && counselorId == null) {
                return;
            }
            for (Appointment a : scheduling.range(counselorId, start.atZone(zone).toInstant(), end.atZone(zone).toInstant())) {
                addEvent(DefaultScheduleEvent.<Shown>builder()
                        .id(String.valueOf(a.getId()))
                        .title(a.getWithName() + (a.isCancelled() ? " (" + a.getStatus().getLabel().toLowerCase() + ")" : ""))
                        .description(a.getKind().getLabel() + ", " + a.getModality().getLabel().toLowerCase()
                                + (a.getRoom() != null ? ", " + a.getRoom() : ""))
                        .startDate(LocalDateTime.ofInstant(a.getStartsAt(), zone))
                        .endDate(LocalDateTime.ofInstant(a.getEndsAt(), zone))
                        .styleClass("appt appt-" + a.getKind().name().toLowerCase() + " appt-"
                                + a.getStatus().name().toLowerCase())
                        .editable(!a.isCancelled())
                        .data(new Shown(a.getId(), a.getVersion()))
                        .build());
            }
        }
    }

    public void open() {
        if (currentUser.isAdmin()) {
            counselors = clients.counselors();
            counselorId = Ids.parse(counselor);
            if (counselorId == null && !counselors().isEmpty()) {
                counselorId = counselors().get(0).getId();
            }
        }
    }

    /** The counselors an administrator picks from; read again only after a fail-over. */
    private List<Account> counselors() {
        if (counselors == null) {
            counselors = currentUser.isAdmin() ? clients.counselors() : List.of();
        }
        return counselors;
    }

    public void onDateSelect(SelectEvent<LocalDateTime> event) throws IOException {
        redirect("counselor/appointment.xhtml?start=" + event.getObject().withSecond(0).withNano(0)
                + (counselorId != null ? "&counselor=" + counselorId : ""));
    }

    public void onEventSelect(SelectEvent<ScheduleEvent<Shown>> event) throws IOException {
        redirect("counselor/appointment.xhtml?id=" + event.getObject().getData().id());
    }

    public void onEventMove(ScheduleEntryMoveEvent event) {
        shift(event.getScheduleEvent(), event.getDayDelta(), event.getMinuteDelta(), event.getDayDelta(),
                event.getMinuteDelta());
    }

    public void onEventResize(ScheduleEntryResizeEvent event) {
        shift(event.getScheduleEvent(), event.getDayDeltaStart(), event.getMinuteDeltaStart(), event.getDayDeltaEnd(),
                event.getMinuteDeltaEnd());
    }

    /** Moves the appointment by the dragged amount of wall-clock time (so DST does not shift it). */
    private void shift(ScheduleEvent<?> event, int startDays, int startMinutes, int endDays, int endMinutes) {
        Shown shown = (Shown) event.getData();
        long id = shown.id();
        Appointment appointment = scheduling.find(id).orElse(null);
        if (appointment == null) {
            FieldMessages.error(null, "This appointment is no longer in your calendar.");
            return;
        }
        if (appointment.getVersion() != shown.version()) {
            FieldMessages.error(null, "Someone changed this appointment since your calendar showed it ("
                    + appointment.getUpdatedBy() + "). Nothing was moved; the calendar now shows it as it is.");
            return;
        }
        ZoneId zone = clock.zone();
        ZonedDateTime start = appointment.getStartsAt().atZone(zone).toLocalDateTime().plusDays(startDays)
                .plusMinutes(startMinutes).atZone(zone);
        ZonedDateTime end = appointment.getEndsAt().atZone(zone).toLocalDateTime().plusDays(endDays)
                .plusMinutes(endMinutes).atZone(zone);
        try {
            scheduling.move(id, shown.version(), start.toInstant(), end.toInstant(), false);
            FieldMessages.info(appointment.getWithName() + " moved to " + LocalTimes.day(start.toLocalDate()) + ", "
                    + start.toLocalTime() + "–" + end.toLocalTime() + ".");
        } catch (InvalidRecord refused) {
            FieldMessages.error(null, String.join(" ", refused.problems().values()));
        }
    }

    private static void redirect(String path) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/" + path);
    }

    public ScheduleModel getModel() {
        if (model == null) {
            model = new CalendarModel();
        }
        return model;
    }

    /** The date the calendar opens at: the one in the address, or today. */
    public LocalDate getInitialDate() {
        try {
            return date == null ? clock.today() : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            return clock.today();
        }
    }

    public String getTimeZone() {
        return clock.zone().getId();
    }

    public Instant getNow() {
        return clock.now();
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getCounselor() {
        return counselor;
    }

    public void setCounselor(String counselor) {
        this.counselor = counselor;
    }

    public Long getCounselorId() {
        return counselorId;
    }

    public void setCounselorId(Long counselorId) {
        this.counselorId = counselorId;
    }

    public List<Account> getCounselors() {
        return counselors();
    }
}
