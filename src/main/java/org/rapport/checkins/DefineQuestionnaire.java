package org.rapport.checkins;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.FieldMessages;
import org.rapport.platform.Pages;

/** The questionnaires page: the ones the practice can assign, and a form to define its own. */
@Named
@ViewScoped
public class DefineQuestionnaire implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CheckinService checkins;

    private QuestionnaireForm form = new QuestionnaireForm();
    private transient List<Questionnaire>
            existing; // not part of the session copy: loaded again after a fail-over

    public void save() {
        Pages.run(
                "questionnaire",
                () -> {
                    Questionnaire saved = checkins.define(form);
                    form = new QuestionnaireForm();
                    existing = null;
                    FieldMessages.info(
                            "Saved \u201c"
                                    + saved.getTitle()
                                    + "\u201d: it can now be assigned from a chart's Check-ins tab.");
                });
    }

    public List<Questionnaire> getExisting() {
        if (existing == null) {
            existing = checkins.questionnaires();
        }
        return existing;
    }

    public List<Questionnaire.Rule> getRules() {
        return List.of(Questionnaire.Rule.values());
    }

    public QuestionnaireForm getForm() {
        return form;
    }
}
