package org.rapport.notes;

import java.util.List;

/**
 * The structure of a session note: its sections in order, each with a label and a hint for the
 * writer.
 */
public enum NoteFormat {
    SOAP(
            "SOAP",
            List.of(
                    new Section(
                            "Subjective",
                            "What the client or couple reported: their words, concerns, what happened since the last session."),
                    new Section(
                            "Objective",
                            "What you observed: presentation, affect, how the partners interacted."),
                    new Section(
                            "Assessment",
                            "Your clinical view: progress toward goals, patterns, changes in risk."),
                    new Section(
                            "Plan",
                            "Next steps: homework, focus of the next session, referrals."))),
    DAP(
            "DAP",
            List.of(
                    new Section("Data", "What was said and observed in the session."),
                    new Section("Assessment", "Your interpretation: progress, patterns, risk."),
                    new Section("Plan", "Next steps: homework, next session, referrals."))),
    BIRP(
            "BIRP",
            List.of(
                    new Section(
                            "Behavior",
                            "The client's or couple's presentation and what they reported."),
                    new Section(
                            "Intervention",
                            "What you did: techniques, exercises, topics addressed."),
                    new Section("Response", "How they responded to the interventions."),
                    new Section("Plan", "Next steps: homework, next session, referrals."))),
    PROGRESS(
            "Progress note",
            List.of(
                    new Section(
                            "Progress note",
                            "What happened in the session, your assessment and the plan.")));

    private final String label;
    private final List<Section> sections;

    NoteFormat(String label, List<Section> sections) {
        this.label = label;
        this.sections = sections;
    }

    public String getLabel() {
        return label;
    }

    public List<Section> getSections() {
        return sections;
    }

    /** A section of a format. */
    public record Section(String label, String hint) implements java.io.Serializable {

        public String getLabel() {
            return label;
        }

        public String getHint() {
            return hint;
        }
    }
}
