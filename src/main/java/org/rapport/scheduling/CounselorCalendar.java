package org.rapport.scheduling;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
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

    @Inject private SchedulingService scheduling;

    @Inject private CurrentUser currentUser;

    @Inject private PracticeClock clock;

    @Inject private ClientService clients;

    @Inject private AppointmentNotices notices;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /**
     * A client's cancellation closer than this to the start is a late one (suggested, the counselor
     * decides).
     */
    static final Duration LATE_NOTICE = Duration.ofHours(24);

    private String date;
    private String counselor;
    private Long counselorId;

    // the appointment whose menu is open, and the choices made in it
    private Selected selected;
    private String step = "menu";
    private String cancelledBy = "client";
    private boolean late;
    private String reason;
    private boolean following;
    private boolean notifyClients = true;

    // a drag of a series' session waiting for "this one or all following"
    private PendingMove pending;
    // the last move, which the counselor may take back
    private LastMove lastMove;
    // shown data is not part of the session copy: read again after a fail-over (whose calendar it
    // is stays)
    private transient List<Account> counselors = List.of();
    private transient ScheduleModel model;

    /**
     * Which appointment an event is, and the version of it the calendar showed: a drag moves what
     * the counselor saw, and is refused when someone changed the appointment since.
     */
    record Shown(long id, long version) implements Serializable {}

    /**
     * A drag not yet done: the session is part of a series, and the counselor chooses how much
     * moves.
     */
    record PendingMove(
            long id,
            long version,
            Instant start,
            Instant end,
            Instant oldStart,
            String withName,
            int later)
            implements Serializable {}

    /** Where a moved appointment was, so that the move can be taken back. */
    record LastMove(long id, Instant oldStart, Instant oldEnd, boolean following, String withName)
            implements Serializable {}

    /** What the menu of a clicked appointment shows. */
    public static final class Selected implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String withName;
        private final String when;
        private final String what;
        private final AppointmentStatus status;
        private final boolean started;
        private final int later;
        private final String chartOutcome;
        private final long chartId;
        private final boolean anyEmail;
        private final boolean soon;

        Selected(Appointment a, String when, boolean started, int later, boolean soon) {
            this.id = a.getId();
            this.withName = a.getWithName();
            this.when = when;
            this.what =
                    a.getKind().getLabel()
                            + " session, "
                            + a.getModality().getLabel().toLowerCase()
                            + (a.getRoom() != null ? ", " + a.getRoom() : "");
            this.status = a.getStatus();
            this.started = started;
            this.later = later;
            this.chartOutcome = a.getCouple() != null ? "/counselor/couple" : "/counselor/client";
            this.chartId = a.getCouple() != null ? a.getCouple().getId() : a.getClient().getId();
            this.anyEmail =
                    a.getAttendees().stream()
                            .anyMatch(c -> c.getEmail() != null && !c.isAnonymized());
            this.soon = soon;
        }

        public long getId() {
            return id;
        }

        public String getWithName() {
            return withName;
        }

        public String getWhen() {
            return when;
        }

        public String getWhat() {
            return what;
        }

        public AppointmentStatus getStatus() {
            return status;
        }

        /** Scheduled sessions can be cancelled, before or after they start. */
        public boolean isCancellable() {
            return status == AppointmentStatus.SCHEDULED;
        }

        /** A no-show is recorded once the session has begun. */
        public boolean isNoShowable() {
            return status == AppointmentStatus.SCHEDULED && started;
        }

        public int getLater() {
            return later;
        }

        public String getChartOutcome() {
            return chartOutcome;
        }

        public long getChartId() {
            return chartId;
        }

        public boolean isAnyEmail() {
            return anyEmail;
        }

        /** Less than a day's notice: a client's cancellation now is a late one. */
        public boolean isSoon() {
            return soon;
        }
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
            for (Appointment a :
                    scheduling.range(
                            counselorId,
                            start.atZone(zone).toInstant(),
                            end.atZone(zone).toInstant())) {
                addEvent(
                        DefaultScheduleEvent.<Shown>builder()
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
                                .description(
                                        a.getKind().getLabel()
                                                + ", "
                                                + a.getModality().getLabel().toLowerCase()
                                                + (a.getRoom() != null ? ", " + a.getRoom() : ""))
                                .startDate(LocalDateTime.ofInstant(a.getStartsAt(), zone))
                                .endDate(LocalDateTime.ofInstant(a.getEndsAt(), zone))
                                .styleClass(
                                        "appt appt-"
                                                + a.getKind().name().toLowerCase()
                                                + " appt-"
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
        redirect(
                "counselor/appointment.xhtml?start="
                        + event.getObject().withSecond(0).withNano(0)
                        + (counselorId != null ? "&counselor=" + counselorId : ""));
    }

    /**
     * A click on an appointment opens its menu: open it or its chart, cancel it, record a no-show.
     */
    public void onEventSelect(SelectEvent<ScheduleEvent<Shown>> event) {
        select(event.getObject().getData().id());
    }

    void select(long id) {
        Appointment appointment = scheduling.find(id).orElse(null);
        if (appointment == null) {
            selected = null;
            FieldMessages.error(null, "This appointment is no longer in your calendar.");
            PrimeFaces.current().executeScript("PF('schedule').update()");
            return;
        }
        Instant now = clock.now();
        ZonedDateTime start = appointment.getStartsAt().atZone(clock.zone());
        ZonedDateTime end = appointment.getEndsAt().atZone(clock.zone());
        String when =
                WHEN.format(start)
                        + "–"
                        + TIME.format(end)
                        + (end.toLocalDate().isAfter(start.toLocalDate()) ? " (the next day)" : "");
        boolean soon = appointment.getStartsAt().isBefore(now.plus(LATE_NOTICE));
        selected =
                new Selected(
                        appointment,
                        when,
                        !appointment.getStartsAt().isAfter(now),
                        appointment.getStatus() == AppointmentStatus.SCHEDULED
                                ? scheduling.laterInSeries(id).orElse(0)
                                : 0,
                        soon);
        step = "menu";
        cancelledBy = "client";
        late = soon && appointment.getStartsAt().isAfter(now);
        reason = null;
        following = false;
        notifyClients = selected.isAnyEmail() && notices.canSend();
        PrimeFaces.current().executeScript("PF('apptMenu').show()");
    }

    public void chooseCancel() {
        step = "cancel";
    }

    public void chooseNoShow() {
        step = "noshow";
        notifyClients = false;
    }

    public void back() {
        step = "menu";
    }

    /**
     * The status the cancellation form stands for: by the client (late or not) or by the counselor.
     */
    AppointmentStatus cancellation() {
        if ("counselor".equals(cancelledBy)) {
            return AppointmentStatus.CANCELLED_BY_COUNSELOR;
        }
        return late ? AppointmentStatus.LATE_CANCELLATION : AppointmentStatus.CANCELLED_BY_CLIENT;
    }

    public void confirmCancel() {
        record(cancellation());
    }

    public void confirmNoShow() {
        record(AppointmentStatus.NO_SHOW);
    }

    private void record(AppointmentStatus status) {
        if (selected == null) {
            return;
        }
        Selected chosen = selected;
        boolean all =
                following
                        && chosen.getLater() > 0
                        && status.isCancelled()
                        && status != AppointmentStatus.NO_SHOW;
        boolean tell = notifyClients && chosen.isAnyEmail() && notices.canSend();
        try {
            if (scheduling.changeStatus(chosen.getId(), status, reason, all, tell).isEmpty()) {
                FieldMessages.error(null, "This appointment is no longer in your calendar.");
            } else {
                FieldMessages.info(
                        chosen.getWithName()
                                + ", "
                                + chosen.getWhen()
                                + ": "
                                + status.getLabel().toLowerCase()
                                + (all
                                        ? ", with the "
                                                + chosen.getLater()
                                                + " later sessions of the series"
                                        : "")
                                + "."
                                + (tell ? " The clients are told by e-mail." : ""));
            }
        } catch (InvalidRecord refused) {
            refused.problems()
                    .forEach(
                            (field, message) ->
                                    FieldMessages.error(
                                            "reason".equals(field)
                                                    ? "menu:reason"
                                                    : "menu:menu-problem",
                                            message));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        selected = null;
        lastMove = null;
        PrimeFaces.current().executeScript("PF('apptMenu').hide();PF('schedule').update()");
    }

    public void onEventMove(ScheduleEntryMoveEvent event) {
        shift(
                event.getScheduleEvent(),
                event.getDayDelta(),
                event.getMinuteDelta(),
                event.getDayDelta(),
                event.getMinuteDelta());
    }

    public void onEventResize(ScheduleEntryResizeEvent event) {
        shift(
                event.getScheduleEvent(),
                event.getDayDeltaStart(),
                event.getMinuteDeltaStart(),
                event.getDayDeltaEnd(),
                event.getMinuteDeltaEnd());
    }

    /**
     * Moves the appointment by the dragged amount of wall-clock time (so DST does not shift it). A
     * session with later sessions in its series waits for "only this one or all following" first.
     */
    private void shift(
            ScheduleEvent<?> event, int startDays, int startMinutes, int endDays, int endMinutes) {
        Shown shown = (Shown) event.getData();
        long id = shown.id();
        pending = null;
        Appointment appointment = scheduling.find(id).orElse(null);
        if (appointment == null) {
            FieldMessages.error(null, "This appointment is no longer in your calendar.");
            refetch();
            return;
        }
        if (appointment.getVersion() != shown.version()) {
            FieldMessages.error(
                    null,
                    "Someone changed this appointment since your calendar showed it ("
                            + appointment.getUpdatedBy()
                            + "). Nothing was moved; the calendar now shows it as it is.");
            refetch();
            return;
        }
        ZoneId zone = clock.zone();
        ZonedDateTime start =
                appointment
                        .getStartsAt()
                        .atZone(zone)
                        .toLocalDateTime()
                        .plusDays(startDays)
                        .plusMinutes(startMinutes)
                        .atZone(zone);
        ZonedDateTime end =
                appointment
                        .getEndsAt()
                        .atZone(zone)
                        .toLocalDateTime()
                        .plusDays(endDays)
                        .plusMinutes(endMinutes)
                        .atZone(zone);
        int later = appointment.getSeries() == null ? 0 : scheduling.laterInSeries(id).orElse(0);
        if (later > 0) {
            pending =
                    new PendingMove(
                            id,
                            shown.version(),
                            start.toInstant(),
                            end.toInstant(),
                            appointment.getStartsAt(),
                            appointment.getWithName(),
                            later);
            PrimeFaces.current().executeScript("PF('seriesMove').show()");
            return;
        }
        move(id, shown.version(), start.toInstant(), end.toInstant(), false, appointment);
    }

    private void move(
            long id, long version, Instant start, Instant end, boolean all, Appointment before) {
        try {
            scheduling
                    .move(id, version, start, end, all)
                    .ifPresentOrElse(
                            moved -> {
                                lastMove =
                                        new LastMove(
                                                id,
                                                before.getStartsAt(),
                                                before.getEndsAt(),
                                                all,
                                                moved.getWithName());
                                FieldMessages.info(
                                        moved.getWithName()
                                                + (all
                                                        ? " and the later sessions of the series"
                                                        : "")
                                                + " moved to "
                                                + when(start, end)
                                                + ".");
                            },
                            () ->
                                    FieldMessages.error(
                                            null,
                                            "This appointment is no longer in your calendar."));
        } catch (InvalidRecord refused) {
            FieldMessages.error(null, String.join(" ", refused.problems().values()));
        }
        refetch();
    }

    private String when(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(clock.zone());
        ZonedDateTime to = end.atZone(clock.zone());
        return LocalTimes.day(from.toLocalDate())
                + ", "
                + TIME.format(from)
                + "–"
                + TIME.format(to);
    }

    /**
     * "Only this session" or "this and all following" for the series' drag waiting in {@link
     * #pending}.
     */
    public void moveOnlyThis() {
        finishPending(false);
    }

    public void moveAllFollowing() {
        finishPending(true);
    }

    public void keepWhereItWas() {
        pending = null;
        PrimeFaces.current().executeScript("PF('seriesMove').hide()");
        refetch();
    }

    private void finishPending(boolean all) {
        PendingMove move = pending;
        pending = null;
        PrimeFaces.current().executeScript("PF('seriesMove').hide()");
        if (move == null) {
            refetch();
            return;
        }
        Appointment before = scheduling.find(move.id()).orElse(null);
        if (before == null) {
            FieldMessages.error(null, "This appointment is no longer in your calendar.");
            refetch();
            return;
        }
        move(move.id(), move.version(), move.start(), move.end(), all, before);
    }

    /** Takes the last move back (the same shift, reversed, for the series' later sessions too). */
    public void undoMove() {
        LastMove move = lastMove;
        lastMove = null;
        if (move == null) {
            return;
        }
        Appointment now = scheduling.find(move.id()).orElse(null);
        if (now == null) {
            FieldMessages.error(null, "This appointment is no longer in your calendar.");
        } else {
            try {
                scheduling.move(
                        move.id(),
                        now.getVersion(),
                        move.oldStart(),
                        move.oldEnd(),
                        move.following());
                FieldMessages.info(
                        "Move undone: "
                                + move.withName()
                                + " is back at "
                                + when(move.oldStart(), move.oldEnd())
                                + ".");
            } catch (InvalidRecord refused) {
                FieldMessages.error(
                        null,
                        "The move could not be undone: "
                                + String.join(" ", refused.problems().values()));
            }
        }
        refetch();
    }

    /**
     * Reloads the shown events without rebuilding the calendar (which would scroll the page to the
     * top).
     */
    private static void refetch() {
        PrimeFaces.current().executeScript("PF('schedule').update()");
    }

    private static void redirect(String path) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext()
                .redirect(faces.getExternalContext().getRequestContextPath() + "/" + path);
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

    public Selected getSelected() {
        return selected;
    }

    public String getStep() {
        return step;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public void setCancelledBy(String cancelledBy) {
        this.cancelledBy = cancelledBy;
    }

    public boolean isLate() {
        return late;
    }

    public void setLate(boolean late) {
        this.late = late;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isFollowing() {
        return following;
    }

    public void setFollowing(boolean following) {
        this.following = following;
    }

    public boolean isNotifyClients() {
        return notifyClients;
    }

    public void setNotifyClients(boolean notifyClients) {
        this.notifyClients = notifyClients;
    }

    public boolean isCanNotify() {
        return notices.canSend();
    }

    public boolean isUndoable() {
        return lastMove != null;
    }

    public String getPendingText() {
        if (pending == null) {
            return "";
        }
        ZonedDateTime from = pending.oldStart().atZone(clock.zone());
        return pending.withName()
                + ": the session of "
                + LocalTimes.day(from.toLocalDate())
                + ", "
                + TIME.format(from)
                + " to "
                + when(pending.start(), pending.end())
                + ".";
    }

    public int getPendingLater() {
        return pending == null ? 0 : pending.later();
    }
}
