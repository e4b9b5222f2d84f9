package org.rapport.scheduling;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.FieldMessages;
import org.rapport.platform.Ids;
import org.rapport.platform.NotFound;
import org.rapport.platform.Pages;
import org.rapport.platform.PracticeClock;

/**
 * The appointment page: book a new appointment (or series), or change, complete or cancel one. The
 * calendar opens it with the slot that was clicked.
 */
@Named
@ViewScoped
public class EditAppointment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private SchedulingService scheduling;

    @Inject private CurrentUser currentUser;

    @Inject private PracticeClock clock;

    @Inject private org.rapport.clients.ClientService clients;

    private String id;
    private String start;
    private String with;
    private String counselor;
    // shown data is not part of the session copy: read again after a fail-over (what was typed
    // stays)
    private transient Appointment appointment;
    private Long appointmentId; // kept in the session: what to load again after a fail-over
    private long version; // the version the form was filled from, for the save to check against
    private AppointmentDetails details = new AppointmentDetails();
    private SchedulingService.Bookable who;
    private boolean repeats;
    private boolean applyToFollowing;
    private AppointmentStatus newStatus;
    private String reason;
    private boolean notifyClients;
    private transient List<Account> counselors = List.of();

    public void open() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (currentUser.isAdmin()) {
            counselors = clients.counselors();
        }
        if (id != null && !id.isBlank()) {
            appointmentId = Ids.parse(id);
            appointment =
                    appointmentId == null ? null : scheduling.find(appointmentId).orElse(null);
            if (appointment == null) {
                NotFound.respond();
                return;
            }
            version = appointment.getVersion();
            fill();
            return;
        }
        LocalDateTime slot = null;
        try {
            slot = start == null ? null : LocalDateTime.parse(start);
        } catch (DateTimeParseException e) {
            slot = null;
        }
        if (slot == null) {
            slot =
                    clock.today()
                            .atTime(
                                    clock.now().atZone(clock.zone()).getHour() + 1 > 23
                                            ? 9
                                            : clock.now().atZone(clock.zone()).getHour() + 1,
                                    0);
        }
        details.setDate(slot.toLocalDate());
        details.setStartTime(slot.toLocalTime());
        details.setEndTime(slot.toLocalTime().plusMinutes(50));
        if (with != null) {
            who = scheduling.bookableByKey(with).orElse(null);
            if (who != null && who.key().startsWith("couple:")) {
                details.setKind(AppointmentKind.COUPLE);
            }
        }
        Long counselorId = Ids.parse(counselor);
        details.setCounselorId(
                counselorId != null
                        ? counselorId
                        : currentUser.isAdmin()
                                ? null
                                : currentUser.account().map(Account::getId).orElse(null));
        details.setOccurrences(10);
    }

    private void fill() {
        Appointment shown = appointment();
        ZonedDateTime startLocal = shown.getStartsAt().atZone(clock.zone());
        ZonedDateTime endLocal = shown.getEndsAt().atZone(clock.zone());
        details.setDate(startLocal.toLocalDate());
        details.setStartTime(startLocal.toLocalTime());
        details.setEndTime(endLocal.toLocalTime());
        details.setKind(shown.getKind());
        details.setModality(shown.getModality());
        details.setRoom(shown.getRoom());
        details.setVideoLink(shown.getVideoLink());
        details.setMemo(shown.getMemo());
        details.setCounselorId(shown.getCounselor().getId());
    }

    /** The appointment shown; read again only after a fail-over. */
    private Appointment appointment() {
        if (appointment == null && appointmentId != null) {
            appointment = scheduling.find(appointmentId).orElse(null);
        }
        return appointment;
    }

    /** The counselors an administrator picks from; read again only after a fail-over. */
    private List<Account> counselors() {
        if (counselors == null) {
            counselors = currentUser.isAdmin() ? clients.counselors() : List.of();
        }
        return counselors;
    }

    /** Books (new) or saves the time and the details (existing). */
    public String save() {
        return Pages.act(
                "appointment",
                () -> {
                    if (appointmentId == null) {
                        details.setWith(who == null ? null : who.key());
                        if (!repeats) {
                            details.setRepeat(null);
                        } else if (details.getRepeat() == null) {
                            details.setRepeat(AppointmentSeries.Frequency.WEEKLY);
                        }
                        List<Appointment> booked = scheduling.book(details);
                        FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getFlash()
                                .setKeepMessages(true);
                        FieldMessages.info(
                                booked.size() == 1
                                        ? "Appointment booked with "
                                                + booked.get(0).getWithName()
                                                + "."
                                        : booked.size()
                                                + " sessions booked with "
                                                + booked.get(0).getWithName()
                                                + ".");
                        return calendarAt(booked.get(0));
                    }
                    ZonedDateTime newStart =
                            LocalTimes.at(details.getDate(), details.getStartTime(), clock.zone())
                                    .orElse(null);
                    ZonedDateTime newEnd =
                            details.getDate() == null || details.getEndTime() == null
                                    ? null
                                    : LocalTimes.at(
                                                    details.endDate(details.getDate()),
                                                    details.getEndTime(),
                                                    clock.zone())
                                            .orElse(null);
                    if (newStart == null || newEnd == null) {
                        FieldMessages.error(
                                "appointment:startTime",
                                "That time does not exist on that day: the clocks skip"
                                        + " that hour. Choose another time.");
                        return null;
                    }
                    Appointment current = appointment();
                    // checked against the version the form was filled from, also when the
                    // appointment was read again
                    long expectedVersion = version;
                    if (current != null
                            && (!newStart.toInstant().equals(current.getStartsAt())
                                    || !newEnd.toInstant().equals(current.getEndsAt()))) {
                        current =
                                scheduling
                                        .move(
                                                current.getId(),
                                                expectedVersion,
                                                newStart.toInstant(),
                                                newEnd.toInstant(),
                                                applyToFollowing)
                                        .orElse(null);
                        expectedVersion = current == null ? expectedVersion : current.getVersion();
                    }
                    if (current != null) {
                        current =
                                scheduling
                                        .describe(current.getId(), expectedVersion, details)
                                        .orElse(null);
                    }
                    if (current == null) {
                        FieldMessages.error(
                                null, "You no longer see this appointment; nothing was saved.");
                        return null;
                    }
                    FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getFlash()
                            .setKeepMessages(true);
                    FieldMessages.info("Appointment saved.");
                    return calendarAt(current);
                });
    }

    /** Records the outcome chosen in the status form (completed, no-show, a cancellation). */
    public String changeStatus() {
        return Pages.act(
                "status-form",
                () -> {
                    scheduling.changeStatus(
                            appointmentId, newStatus, reason, applyToFollowing, notifyClients);
                    FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getFlash()
                            .setKeepMessages(true);
                    FieldMessages.info(
                            appointment().getWithName()
                                    + ": "
                                    + newStatus.getLabel().toLowerCase()
                                    + ".");
                    return calendarAt(appointment());
                });
    }

    private String calendarAt(Appointment shown) {
        return "/counselor/calendar?faces-redirect=true&date="
                + shown.getStartsAt().atZone(clock.zone()).toLocalDate()
                + (currentUser.isAdmin() ? "&counselor=" + shown.getCounselor().getId() : "");
    }

    /**
     * A client or couple was chosen: the kind follows who is booked (a couple: a couple session; a
     * single client after a couple: an individual one). Intake and family sessions, chosen on
     * purpose, stay as they are.
     */
    public void whoChosen() {
        if (who == null) {
            return;
        }
        boolean couple = who.key().startsWith("couple:");
        if (couple && details.getKind() != AppointmentKind.FAMILY) {
            details.setKind(AppointmentKind.COUPLE);
        } else if (!couple && details.getKind() == AppointmentKind.COUPLE) {
            details.setKind(AppointmentKind.INDIVIDUAL);
        }
    }

    /** Candidates for the "with" field. */
    public List<SchedulingService.Bookable> complete(String text) {
        return scheduling.bookable(text);
    }

    public boolean isNew() {
        return appointmentId == null;
    }

    public boolean isInPast() {
        Appointment shown = appointment();
        return shown != null && shown.getStartsAt().isBefore(Instant.now());
    }

    public AppointmentKind[] getKinds() {
        return AppointmentKind.values();
    }

    public Modality[] getModalities() {
        return Modality.values();
    }

    public AppointmentSeries.Frequency[] getFrequencies() {
        return AppointmentSeries.Frequency.values();
    }

    /**
     * The outcomes that can be recorded now: cancellations always, the others once it has begun.
     */
    public List<AppointmentStatus> getOutcomes() {
        return java.util.Arrays.stream(AppointmentStatus.values())
                .filter(s -> s != AppointmentStatus.SCHEDULED && (s.isCancelled() || isInPast()))
                .toList();
    }

    public String getWhen() {
        Appointment shown = appointment();
        return shown == null ? "" : scheduling.when(shown);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getWith() {
        return with;
    }

    public void setWith(String with) {
        this.with = with;
    }

    public String getCounselor() {
        return counselor;
    }

    public void setCounselor(String counselor) {
        this.counselor = counselor;
    }

    public Appointment getAppointment() {
        return appointment();
    }

    public AppointmentDetails getDetails() {
        return details;
    }

    public SchedulingService.Bookable getWho() {
        return who;
    }

    public void setWho(SchedulingService.Bookable who) {
        this.who = who;
    }

    public boolean isRepeats() {
        return repeats;
    }

    public void setRepeats(boolean repeats) {
        this.repeats = repeats;
    }

    public boolean isApplyToFollowing() {
        return applyToFollowing;
    }

    public void setApplyToFollowing(boolean applyToFollowing) {
        this.applyToFollowing = applyToFollowing;
    }

    public AppointmentStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(AppointmentStatus newStatus) {
        this.newStatus = newStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<Account> getCounselors() {
        return counselors();
    }

    public boolean isNotifyClients() {
        return notifyClients;
    }

    public void setNotifyClients(boolean notifyClients) {
        this.notifyClients = notifyClients;
    }
}
