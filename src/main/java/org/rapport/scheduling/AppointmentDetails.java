package org.rapport.scheduling;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a counselor enters for an appointment: who, when (a date and local times in the practice's
 * time zone), what kind, where, and optionally how it repeats.
 */
public class AppointmentDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    /** "client:12" or "couple:3": who the appointment is with. */
    private String with;

    private Long counselorId;
    private LocalDate date;
    private LocalTime startTime;
    private LocalTime endTime;
    private AppointmentKind kind = AppointmentKind.INDIVIDUAL;
    private Modality modality = Modality.IN_PERSON;

    @Size(max = 80, message = "Keep the room to 80 characters.")
    private String room;

    @Size(max = 500, message = "Keep the link to 500 characters.")
    @Pattern(regexp = "^$|^https://\\S+$", message = "Enter the video link starting with https://.")
    private String videoLink;

    @Size(
            max = 300,
            message = "Keep the memo to 300 characters; clinical notes belong in the session note.")
    private String memo;

    /**
     * A start in the past is only taken when the counselor says they are recording a past session.
     */
    private boolean pastConfirmed;

    private AppointmentSeries.Frequency repeat;
    private Integer occurrences;
    private LocalDate repeatUntil;

    public String getWith() {
        return with;
    }

    public void setWith(String with) {
        this.with = with;
    }

    public Long getCounselorId() {
        return counselorId;
    }

    public void setCounselorId(Long counselorId) {
        this.counselorId = counselorId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    /** An end at or before the start means the next day: a session from 23:30 to 00:30. */
    public boolean isEndsNextDay() {
        return startTime != null && endTime != null && !endTime.isAfter(startTime);
    }

    /** The day a session starting on {@code date} ends. */
    public LocalDate endDate(LocalDate date) {
        return isEndsNextDay() ? date.plusDays(1) : date;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public void setKind(AppointmentKind kind) {
        this.kind = kind;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality modality) {
        this.modality = modality;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }

    public String getMemo() {
        return memo;
    }

    public void setMemo(String memo) {
        this.memo = memo;
    }

    public boolean isPastConfirmed() {
        return pastConfirmed;
    }

    public void setPastConfirmed(boolean pastConfirmed) {
        this.pastConfirmed = pastConfirmed;
    }

    public AppointmentSeries.Frequency getRepeat() {
        return repeat;
    }

    public void setRepeat(AppointmentSeries.Frequency repeat) {
        this.repeat = repeat;
    }

    public Integer getOccurrences() {
        return occurrences;
    }

    public void setOccurrences(Integer occurrences) {
        this.occurrences = occurrences;
    }

    public LocalDate getRepeatUntil() {
        return repeatUntil;
    }

    public void setRepeatUntil(LocalDate repeatUntil) {
        this.repeatUntil = repeatUntil;
    }
}
