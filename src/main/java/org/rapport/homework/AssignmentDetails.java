package org.rapport.homework;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Size;

/** What the counselor fills in to assign an exercise. */
public class AssignmentDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long exerciseId;

    /** "client:12" or "couple:3". */
    private String with;

    @Size(max = 2000, message = "Keep the personal instructions under 2,000 characters.")
    private String instructions;

    private LocalDate startsOn;
    private RepeatKind repeat = RepeatKind.WEEKLY;
    private LocalDate dueOn;
    private Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    private Integer weeks = 4;
    private CoupleMode coupleMode = CoupleMode.SEPARATELY;

    /** The form's one-time key (a random UUID), so that the same form sent twice assigns once. */
    private String requestKey;

    /** An assignment's schedule as it stands, for the form that changes it. */
    public static AssignmentDetails scheduleOf(Assignment assignment) {
        AssignmentDetails schedule = new AssignmentDetails();
        schedule.setStartsOn(assignment.getStartsOn());
        schedule.setRepeat(assignment.getRepeat());
        schedule.setDueOn(assignment.getDueOn());
        schedule.setWeekdays(assignment.getWeekdaySet());
        schedule.setWeeks(assignment.getWeeks() == null ? 4 : assignment.getWeeks());
        return schedule;
    }

    public Long getExerciseId() {
        return exerciseId;
    }

    public void setExerciseId(Long exerciseId) {
        this.exerciseId = exerciseId;
    }

    public String getWith() {
        return with;
    }

    public void setWith(String with) {
        this.with = with;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public RepeatKind getRepeat() {
        return repeat;
    }

    public void setRepeat(RepeatKind repeat) {
        this.repeat = repeat;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Set<DayOfWeek> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(Set<DayOfWeek> weekdays) {
        this.weekdays =
                weekdays == null || weekdays.isEmpty()
                        ? EnumSet.noneOf(DayOfWeek.class)
                        : EnumSet.copyOf(weekdays);
    }

    /** For the page's check boxes (a list of day names). */
    public java.util.List<String> getWeekdayNames() {
        return new java.util.ArrayList<>(weekdays.stream().map(DayOfWeek::name).toList());
    }

    public void setWeekdayNames(java.util.List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (names != null) {
            for (String name : names) {
                try {
                    days.add(DayOfWeek.valueOf(name));
                } catch (IllegalArgumentException e) {
                    // a crafted value: ignored, the service asks for days if none remain
                }
            }
        }
        this.weekdays = days;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public void setRequestKey(String requestKey) {
        this.requestKey = requestKey == null || requestKey.length() > 36 ? null : requestKey;
    }

    public CoupleMode getCoupleMode() {
        return coupleMode;
    }

    public void setCoupleMode(CoupleMode coupleMode) {
        this.coupleMode = coupleMode;
    }
}
