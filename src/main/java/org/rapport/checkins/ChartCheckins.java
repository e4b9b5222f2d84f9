package org.rapport.checkins;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.FieldMessages;
import org.rapport.platform.Pages;
import org.rapport.platform.PracticeClock;

/**
 * The check-ins tab of a client's or a couple's chart: the scores over time and assigning a
 * check-in.
 */
@Named
@ViewScoped
public class ChartCheckins implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CheckinService checkins;

    @Inject private PracticeClock clock;

    private String key;
    // shown data is not part of the session copy: loaded again after a fail-over (the choices made
    // stay)
    private transient CheckinChart chart;
    private transient boolean chartLoaded; // null is a chart too (not visible): load once only
    private transient List<Questionnaire> questionnaires;
    private transient List<CheckinAssignment> assigned;
    private Long questionnaireId;
    private LocalDate startsOn;
    private Integer weeks = 8;
    private CheckinSchedule schedule = CheckinSchedule.WEEKLY;
    private Integer hoursBefore = 48;
    private Integer everySessions = 1;
    private boolean trendVisible;
    private boolean coupleViewShared;

    public CheckinChart ofClient(long clientId) {
        return load("client:" + clientId, clientId, null);
    }

    public CheckinChart ofCouple(long coupleId) {
        return load("couple:" + coupleId, null, coupleId);
    }

    private CheckinChart load(String wanted, Long clientId, Long coupleId) {
        if (!chartLoaded || !wanted.equals(key)) {
            chart = checkins.chart(clientId, coupleId).orElse(null);
            chartLoaded = true;
            key = wanted;
        }
        return chart;
    }

    /** Assigns the chosen questionnaire on the chosen schedule, and says what was set up. */
    public void assign(String with) {
        Pages.run(
                "tabs:checkin-form",
                () -> {
                    CheckinAssignment assignment;
                    if (schedule == CheckinSchedule.BEFORE_SESSION) {
                        assignment =
                                checkins.assignBeforeSession(
                                        questionnaireId,
                                        with,
                                        hoursBefore,
                                        everySessions,
                                        trendVisible,
                                        coupleViewShared);
                        FieldMessages.info(
                                "Assigned: "
                                        + assignment.getQuestionnaire().getTitle().split(":")[0]
                                        + ": sent "
                                        + assignment.getScheduleText()
                                        + ", from the next session whose time has come.");
                    } else {
                        int given =
                                schedule == CheckinSchedule.ONCE ? 1 : weeks == null ? 0 : weeks;
                        assignment =
                                checkins.assign(
                                        questionnaireId,
                                        with,
                                        startsOn,
                                        schedule == CheckinSchedule.ONCE
                                                ? Integer.valueOf(1)
                                                : weeks,
                                        trendVisible,
                                        coupleViewShared);
                        FieldMessages.info(
                                "Assigned: "
                                        + assignment.getQuestionnaire().getTitle()
                                        + (given == 1
                                                ? ", once."
                                                : ", every week for " + given + " weeks."));
                    }
                    key = null;
                    assigned = null;
                });
    }

    public CheckinSchedule getSchedule() {
        return schedule;
    }

    public void setSchedule(CheckinSchedule schedule) {
        this.schedule = schedule == null ? CheckinSchedule.WEEKLY : schedule;
    }

    public Integer getHoursBefore() {
        return hoursBefore;
    }

    public void setHoursBefore(Integer hoursBefore) {
        this.hoursBefore = hoursBefore;
    }

    public Integer getEverySessions() {
        return everySessions;
    }

    public void setEverySessions(Integer everySessions) {
        this.everySessions = everySessions;
    }

    /** The check-ins still going on this chart ("client:N" or "couple:N"). */
    public List<CheckinAssignment> assigned(String with) {
        if (assigned == null) {
            long id = Long.parseLong(with.substring(with.indexOf(':') + 1));
            assigned =
                    with.startsWith("couple:")
                            ? checkins.assignedOn(null, id)
                            : checkins.assignedOn(id, null);
        }
        return assigned;
    }

    /** Shares a couple check-in's view with both partners, or withdraws it. */
    public void share(long assignmentId, boolean shared) {
        Pages.run(
                "tabs:assigned-checkins",
                () -> {
                    CheckinAssignment changed = checkins.shareCoupleView(assignmentId, shared);
                    FieldMessages.info(
                            changed.getQuestionnaire().getTitle()
                                    + (shared
                                            ? ": both partners now see both lines in the portal."
                                            : ": the couple view is withdrawn; each partner sees only their own answers from now on."));
                });
        assigned = null;
    }

    public List<Questionnaire> getQuestionnaires() {
        if (questionnaires == null) {
            questionnaires = checkins.questionnaires();
            if (questionnaireId == null && !questionnaires.isEmpty()) {
                questionnaireId =
                        questionnaires.stream()
                                .filter(q -> !q.isOwnedByPractice())
                                .findFirst()
                                .orElse(questionnaires.get(0))
                                .getId();
            }
        }
        return questionnaires;
    }

    public Long getQuestionnaireId() {
        return questionnaireId;
    }

    public void setQuestionnaireId(Long questionnaireId) {
        this.questionnaireId = questionnaireId;
    }

    public LocalDate getStartsOn() {
        return startsOn == null ? clock.today() : startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }

    public boolean isCoupleViewShared() {
        return coupleViewShared;
    }

    public void setCoupleViewShared(boolean coupleViewShared) {
        this.coupleViewShared = coupleViewShared;
    }

    public boolean isTrendVisible() {
        return trendVisible;
    }

    public void setTrendVisible(boolean trendVisible) {
        this.trendVisible = trendVisible;
    }
}
