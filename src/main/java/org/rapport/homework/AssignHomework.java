package org.rapport.homework;

import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.Pages;
import org.rapport.platform.PracticeClock;

/** The page where a counselor assigns an exercise to a client or a couple. */
@Named
@ViewScoped
public class AssignHomework implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HomeworkService homework;

    @Inject
    private ExerciseService exercises;

    @Inject
    private PracticeClock clock;

    @Inject
    private org.rapport.clients.ClientService clients;

    @Inject
    private org.rapport.clients.CoupleService couples;

    private String withName;
    private String chartOutcome;
    private Long chartId;

    private String with;
    private String exercise;
    private AssignmentDetails details = new AssignmentDetails();
    private transient List<Exercise> choices; // not part of the session copy: loaded again after a fail-over

    public void open() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Long id = with == null ? null : org.rapport.platform.Ids.parse(with.substring(with.indexOf(':') + 1));
        if (with != null && with.startsWith("client:") && id != null) {
            withName = clients.find(id).map(org.rapport.clients.Client::getName).orElse(null);
            chartOutcome = "/counselor/client";
        } else if (with != null && with.startsWith("couple:") && id != null) {
            withName = couples.find(id).map(org.rapport.clients.Couple::getName).orElse(null);
            chartOutcome = "/counselor/couple";
        }
        if (with != null && !with.isBlank() && withName == null) {
            org.rapport.platform.NotFound.respond(); // not on the caller's caseload: as if it did not exist
            return;
        }
        chartId = id;
        choices = exercises.find(ExerciseFilter.NONE, ExerciseOrder.TITLE, true, 0, ExerciseService.MAX_PAGE_SIZE);
        details.setWith(with);
        details.setStartsOn(clock.today());
        details.setWeekdays(EnumSet.of(clock.today().getDayOfWeek()));
        if (exercise != null) {
            exercises.findBySlug(exercise).ifPresent(e -> {
                details.setExerciseId(e.getId());
                if (e.getParticipation() == Participation.BOTH_TOGETHER) {
                    details.setCoupleMode(CoupleMode.TOGETHER);
                }
            });
        }
    }

    public String assign() {
        return Pages.act("assign", () -> {
            Assignment assignment = homework.assign(details);
            return "/counselor/assignment?faces-redirect=true&id=" + assignment.getId();
        });
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
        return with != null && with.startsWith("couple:");
    }

    public List<RepeatKind> getRepeats() {
        return List.of(RepeatKind.values());
    }

    /** An exercise was chosen: for a couple, the mode follows how the exercise is meant to be done. */
    public void exerciseChosen() {
        Exercise chosen = chosen();
        if (chosen != null) {
            details.setCoupleMode(chosen.getParticipation() == Participation.BOTH_TOGETHER ? CoupleMode.TOGETHER
                    : CoupleMode.SEPARATELY);
        }
    }

    /** A word when the counselor picks the other mode than the exercise's own; null when they agree. */
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
        return id == null ? null : choices().stream().filter(e -> id.equals(e.getId())).findFirst().orElse(null);
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
            choices = exercises.find(ExerciseFilter.NONE, ExerciseOrder.TITLE, true, 0, ExerciseService.MAX_PAGE_SIZE);
        }
        return choices;
    }

    public List<Exercise> getChoices() {
        return choices();
    }
}
