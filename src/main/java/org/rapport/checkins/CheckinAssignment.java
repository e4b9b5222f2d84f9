package org.rapport.checkins;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rapport.clients.Client;
import org.rapport.clients.Couple;
import org.rapport.identity.Account;

/** A questionnaire given to a client, or to each partner of a couple separately: once, or weekly for N weeks. */
@Entity
@Table(name = "checkin_assignment")
public class CheckinAssignment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "questionnaire_id")
    private Questionnaire questionnaire;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "counselor_id")
    private Account counselor;

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "couple_id")
    private Couple couple;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    private int weeks;

    @Column(name = "trend_visible")
    private boolean trendVisible;

    @Column(name = "couple_view_shared")
    private boolean coupleViewShared;

    private String status = "ACTIVE";

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected CheckinAssignment() {
    }

    CheckinAssignment(Questionnaire questionnaire, Account counselor, Client client, Couple couple, LocalDate startsOn,
            int weeks, boolean trendVisible, boolean coupleViewShared, Instant now) {
        this.questionnaire = questionnaire;
        this.counselor = counselor;
        this.client = client;
        this.couple = couple;
        this.startsOn = startsOn;
        this.weeks = weeks;
        this.trendVisible = trendVisible;
        this.coupleViewShared = couple != null && coupleViewShared;
        this.createdAt = now;
    }

    /** No more check-ins are due, and the partners no longer see each other's scores. */
    void end() {
        status = "ENDED";
        coupleViewShared = false;
    }

    void shareCoupleView(boolean shared) {
        coupleViewShared = couple != null && shared;
    }

    /**
     * Whether the partners see each other's scores of this check-in now: the counselor shares the couple
     * view, and the check-in and the couple work go on. The portal's words come from this rule, and
     * {@link CheckinService#sharedCoupleView} reads by the same conditions.
     */
    public boolean isViewSharedNow() {
        return coupleViewShared && couple != null && couple.isActive() && !isEnded();
    }

    public boolean isEnded() {
        return "ENDED".equals(status);
    }

    public Long getId() {
        return id;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public Account getCounselor() {
        return counselor;
    }

    public Client getClient() {
        return client;
    }

    public Couple getCouple() {
        return couple;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public int getWeeks() {
        return weeks;
    }

    public boolean isCoupleViewShared() {
        return coupleViewShared;
    }

    public boolean isTrendVisible() {
        return trendVisible;
    }
}
