package org.rapport.scheduling;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A recurring series (weekly or every two weeks); each occurrence is an appointment of its own. */
@Entity
@Table(name = "appointment_series")
public class AppointmentSeries implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How often the series repeats. */
    public enum Frequency {
        WEEKLY("Weekly", 1),
        EVERY_TWO_WEEKS("Every two weeks", 2);

        private final String label;
        private final int weeks;

        Frequency(String label, int weeks) {
            this.label = label;
            this.weeks = weeks;
        }

        public String getLabel() {
            return label;
        }

        public int weeks() {
            return weeks;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "counselor_id")
    private Long counselorId;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    @Column(name = "local_start_time")
    private LocalTime localStartTime;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "created_at")
    private Instant createdAt;

    protected AppointmentSeries() {}

    AppointmentSeries(
            Long counselorId,
            Frequency frequency,
            LocalTime localStartTime,
            String timeZone,
            Instant now) {
        this.counselorId = counselorId;
        this.frequency = frequency;
        this.localStartTime = localStartTime;
        this.timeZone = timeZone;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Frequency getFrequency() {
        return frequency;
    }
}
