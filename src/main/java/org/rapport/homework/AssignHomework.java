package org.rapport.homework;

import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.FieldMessages;
import org.rapport.platform.Pages;
import org.rapport.platform.PracticeClock;
import org.rapport.scheduling.SchedulingService;

/**
 * The page where a counselor assigns an exercise to a client or a couple: from a chart (the client
 * or couple given) or from an exercise (the exercise given, the client or couple picked by name).
 * It shows what the client will see before the counselor confirms, and afterwards says who got what
 * and when it is due.
 */
@Named
@ViewScoped
public class AssignHomework implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private HomeworkService homework;

    @Inject private ExerciseService exercises;

    @Inject private PracticeClock clock;

    @Inject private SchedulingService scheduling;

    @Inject private org.rapport.clients.ClientService clients;

    @Inject private org.rapport.clients.CoupleService couples;

    private String withName;
    private String chartOutcome;
    private Long chartId;
    private boolean
            picked; // the client or couple is picked on this page (none came with the address)
    private SchedulingService.Bookable who;

    private String with;
    private String exercise;
    private AssignmentDetails details = new AssignmentDetails();
    private String scheduleSummary;
    private Long assignedId;
    private String assignedMessage;
    private transient List<Exercise>
            choices; // not part of the session copy: loaded again after a fail-over
    private transient Exercise preview;

    public void open() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (with != null && !with.isBlank()) {
            if (!chooseWith(with)) {
                org.rapport.platform.NotFound
                        .respond(); // not on the caller's caseload: as if it did not exist
                return;
            }
        } else {
            picked = true;
        }
        details.setWith(picked ? null : with);
        details.setRequestKey(UUID.randomUUID().toString());
        details.setStartsOn(clock.today());
        details.setWeekdays(EnumSet.of(clock.today().getDayOfWeek()));
        if (exercise != null && !exercise.isBlank()) {
            Exercise given = exercises.findBySlug(exercise).orElse(null);
            if (given == null) {
                FieldMessages.error(
                        "assign:exerciseId",
                        "There is no such exercise in the library; choose one here.");
            } else {
                details.setExerciseId(given.getId());
                preview = given;
                if (given.getParticipation() == Participation.BOTH_TOGETHER) {
                    details.setCoupleMode(CoupleMode.TOGETHER);
                }
            }
        }
        refresh();
    }

    /**
     * Names the client or couple of a key ("client:12"); false when the caller may not assign to
     * them.
     */
    private boolean chooseWith(String key) {
        Long id =
                key == null
                        ? null
                        : org.rapport.platform.Ids.parse(key.substring(key.indexOf(':') + 1));
        String name = null;
        String outcome = null;
        if (key != null && key.startsWith("client:") && id != null) {
            name = clients.find(id).map(org.rapport.clients.Client::getName).orElse(null);
            outcome = "/counselor/client";
        } else if (key != null && key.startsWith("couple:") && id != null) {
            name = couples.find(id).map(org.rapport.clients.Couple::getName).orElse(null);
            outcome = "/counselor/couple";
        }
        if (name == null) {
            return false;
        }
        withName = name;
        chartOutcome = outcome;
        chartId = id;
        return true;
    }

    public String assign() {
        if (assignedId != null) {
            return null; // sent again (a double click): assigned once, the message stands
        }
        return Pages.act(
                "assign",
                () -> {
                    Assignment assignment = homework.assign(details);
                    assignedId = assignment.getId();
                    List<LocalDate> dates =
                            HomeworkSchedule.dueDates(
                                    assignment.getStartsOn(),
                                    assignment.getRepeat(),
                                    assignment.getDueOn(),
                                    assignment.getWeekdaySet(),
                                    assignment.getWeeks());
                    assignedMessage =
                            "Assigned \u201c"
                                    + assignment.getExercise().getTitle()
                                    + "\u201d to "
                                    + assignment.getWithName()
                                    + (assignment.getCoupleMode() == null
                                            ? ""
                                            : " ("
                                                    + assignment
                                                            .getCoupleMode()
                                                            .getLabel()
                                                            .toLowerCase(Locale.ENGLISH)
                                                    + ")")
                                    + ": "
                                    + assignment.getScheduleText()
                                    + ", "
                                    + dueWords(dates)
                                    + ".";
                    return null;
                });
    }

    /** "first due today (Mon 30 Nov), last Mon 21 Dec" or "due Tue 1 Dec". */
    private String dueWords(List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return "nothing due";
        }
        LocalDate first = dates.get(0);
        String firstText =
                first.equals(clock.today())
                        ? "today (" + HomeworkSchedule.day(first) + ")"
                        : HomeworkSchedule.day(first);
        if (dates.size() == 1) {
            return "due " + firstText;
        }
        return "first due "
                + firstText
                + ", last "
                + HomeworkSchedule.day(dates.get(dates.size() - 1));
    }

    /** Recomputes what the page says about the schedule and loads the exercise to preview. */
    public void refresh() {
        Exercise chosen = chosen();
        if (chosen == null) {
            preview = null;
        } else if (preview == null || !preview.getId().equals(chosen.getId())) {
            preview = exercises.findBySlug(chosen.getSlug()).orElse(null);
        }
        if (!HomeworkSchedule.problems(
                        details.getStartsOn(),
                        details.getRepeat(),
                        details.getDueOn(),
                        details.getWeekdays(),
                        details.getWeeks())
                .isEmpty()) {
            scheduleSummary = null;
            return;
        }
        List<LocalDate> dates =
                HomeworkSchedule.dueDates(
                        details.getStartsOn(),
                        details.getRepeat(),
                        details.getDueOn(),
                        details.getWeekdays(),
                        details.getWeeks());
        String count = dates.size() == 1 ? "One task" : dates.size() + " tasks";
        String forWhom =
                !isCouple()
                        ? ""
                        : details.getCoupleMode() == CoupleMode.TOGETHER
                                ? " for the two of them together"
                                : " for each partner";
        scheduleSummary = count + forWhom + ", " + dueWords(dates) + ".";
    }

    /**
     * An exercise was chosen: for a couple, the mode follows how the exercise is meant to be done.
     */
    public void exerciseChosen() {
        Exercise chosen = chosen();
        if (chosen != null && isCouple()) {
            details.setCoupleMode(
                    chosen.getParticipation() == Participation.BOTH_TOGETHER
                            ? CoupleMode.TOGETHER
                            : CoupleMode.SEPARATELY);
        }
        refresh();
    }

    /** A client or couple was picked by name. */
    public void whoChosen() {
        if (who != null && chooseWith(who.key())) {
            details.setWith(who.key());
            exerciseChosen();
        }
    }

    /**
     * The names a counselor may assign to: their current clients and couples (as when booking a
     * session).
     */
    public List<SchedulingService.Bookable> complete(String text) {
        return scheduling.bookable(text);
    }

    /**
     * A word when the counselor picks the other mode than the exercise's own; null when they agree.
     */
    public String getModeWarning() {
        Exercise chosen = chosen();
        if (chosen == null || details.getCoupleMode() == null) {
            return null;
        }
        boolean together = chosen.getParticipation() == Participation.BOTH_TOGETHER;
        if (together && details.getCoupleMode() == CoupleMode.SEPARATELY) {
            return "This exercise is written for the two of them together; done separately, each partner does it alone.";
        }
        if (!together && details.getCoupleMode() == CoupleMode.TOGETHER) {
            return "This exercise is written for one person; together, the partners share one task and one set of answers.";
        }
        return null;
    }

    private Exercise chosen() {
        Long id = details.getExerciseId();
        return id == null
                ? null
                : choices().stream().filter(e -> id.equals(e.getId())).findFirst().orElse(null);
    }

    /**
     * The chosen exercise with its steps and prompts, as the portal shows it; null before one is
     * chosen.
     */
    public Exercise getPreview() {
        if (preview == null && details.getExerciseId() != null) {
            Exercise chosen = chosen();
            preview = chosen == null ? null : exercises.findBySlug(chosen.getSlug()).orElse(null);
        }
        return preview;
    }

    /**
     * Whether the preview shows a task the partners do together (one task, both see the answers).
     */
    public boolean isTogether() {
        return isCouple() && details.getCoupleMode() == CoupleMode.TOGETHER;
    }

    public String getScheduleSummary() {
        return scheduleSummary;
    }

    public Long getAssignedId() {
        return assignedId;
    }

    public String getAssignedMessage() {
        return assignedMessage;
    }

    public boolean isPicked() {
        return picked;
    }

    public SchedulingService.Bookable getWho() {
        return who;
    }

    public void setWho(SchedulingService.Bookable who) {
        this.who = who;
        if (picked) {
            details.setWith(who == null ? null : who.key());
        }
    }

    public String getWithName() {
        return withName;
    }

    public String getChartOutcome() {
        return chartOutcome;
    }

    public Long getChartId() {
        return chartId;
    }

    public boolean isCouple() {
        return details.getWith() != null && details.getWith().startsWith("couple:");
    }

    public List<RepeatKind> getRepeats() {
        return List.of(RepeatKind.values());
    }

    public List<CoupleMode> getCoupleModes() {
        return List.of(CoupleMode.values());
    }

    public List<DayOfWeek> getDays() {
        return Arrays.asList(DayOfWeek.values());
    }

    public String dayLabel(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    public List<Integer> getScaleValues() {
        return List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    public String getWith() {
        return with;
    }

    public void setWith(String with) {
        this.with = with;
    }

    public String getExercise() {
        return exercise;
    }

    public void setExercise(String exercise) {
        this.exercise = exercise;
    }

    public AssignmentDetails getDetails() {
        return details;
    }

    private List<Exercise> choices() {
        if (choices == null) {
            choices =
                    exercises.find(
                            ExerciseFilter.NONE,
                            ExerciseOrder.TITLE,
                            true,
                            0,
                            ExerciseService.MAX_PAGE_SIZE);
        }
        return choices;
    }

    public List<Exercise> getChoices() {
        return choices();
    }
}
