package org.rapport.clients;

/** What brought a client: the causes of broken trust a counselor can tick at intake. */
public enum Concern {
    INFIDELITY("Infidelity (emotional or physical)"),
    DISHONESTY("Dishonesty"),
    BROKEN_PROMISES("Broken promises"),
    EMOTIONAL_WITHDRAWAL("Emotional withdrawal"),
    LACK_OF_SUPPORT("Lack of support"),
    COMMUNICATION_BREAKDOWN("Communication breakdown"),
    JEALOUSY("Jealousy or constant suspicion"),
    PAST_BETRAYAL("Past betrayal or insecurity");

    private final String label;

    Concern(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
