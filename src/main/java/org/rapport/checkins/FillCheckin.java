package org.rapport.checkins;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.clients.Client;
import org.rapport.platform.Ids;
import org.rapport.platform.NotFound;
import org.rapport.platform.Pages;

/**
 * The portal page where a client fills in a check-in (all items on a desktop, one per screen on a
 * phone).
 */
@Named
@ViewScoped
public class FillCheckin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CheckinService checkins;

    @Inject private org.rapport.platform.PracticeClock clock;

    private String id;
    private long responseId; // kept in the session: what to load again after a fail-over
    // not part of the session copy: loaded again after a fail-over; the answers given stay
    private transient CheckinResponse response;
    private final Map<Long, Integer> values = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();
    private java.time.Instant savedAt;

    public void open() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Long parsed = Ids.parse(id);
        CheckinResponse loaded = parsed == null ? null : checkins.own(parsed).orElse(null);
        response = loaded;
        if (loaded == null) {
            NotFound.respond();
            return;
        }
        responseId = parsed;
        if (!loaded.isSubmitted()) {
            // where the client was: the answers saved as they went, here or on another device
            checkins.draft(parsed)
                    .ifPresent(
                            draft -> {
                                values.putAll(draft.values());
                                texts.putAll(draft.texts());
                                savedAt = draft.savedAt();
                            });
        }
    }

    /** Autosave: the answers so far, kept as the client's own draft until they send them. */
    public void save() {
        Pages.run("checkin", () -> savedAt = checkins.saveDraft(responseId, values, texts));
    }

    /**
     * "Your answers save as you go" before anything is saved; "Saved 18:31" (or with its day)
     * after.
     */
    public String getSavedLabel() {
        return savedAt == null
                ? "Your answers save as you go."
                : "Saved " + org.rapport.platform.Dates.saved(savedAt, clock.zone(), clock.today());
    }

    public String submit() {
        return Pages.act(
                "checkin",
                () -> {
                    checkins.submit(responseId, values, texts);
                    return "/portal/index?faces-redirect=true&checkin=sent";
                });
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    private CheckinResponse response() {
        if (response == null && responseId != 0) {
            response = checkins.own(responseId).orElse(null);
        }
        return response;
    }

    public CheckinResponse getResponse() {
        return response();
    }

    /** Who will see what the client is about to send, from the rule the service enforces. */
    public String getWhoSees() {
        CheckinAssignment assignment = response().getAssignment();
        if (assignment.getCouple() == null) {
            return "Only you and your counselor see your answers.";
        }
        Client me = response().getClient();
        Client partner =
                assignment.getCouple().getPartnerOne().getId().equals(me.getId())
                        ? assignment.getCouple().getPartnerTwo()
                        : assignment.getCouple().getPartnerOne();
        return assignment.isViewSharedNow()
                ? "Your counselor sees your answers and your note. Your counselor shares the couple view of this"
                        + " check-in, so "
                        + partner.getName()
                        + " sees your score for each week in their portal (not"
                        + " your answers or your note), as you see theirs."
                : "Only you and your counselor see your answers. "
                        + partner.getName()
                        + " answers their own check-in and does not see yours.";
    }

    /** Whether it was sent before a session that has begun: it can no longer be answered. */
    public boolean isClosed() {
        return response().isClosed(clock.now());
    }

    /**
     * "Please answer before your session on …" for a questionnaire sent before a session; empty
     * otherwise.
     */
    public String getAnswerBefore() {
        return response().answerBefore(clock.zone());
    }

    public Map<Long, Integer> getValues() {
        return values;
    }

    public Map<Long, String> getTexts() {
        return texts;
    }
}
