-- Scheduling: appointments (one client or one couple), recurring series, who each appointment
-- occupies, reminders, and each counselor's private calendar feed.

CREATE TABLE appointment_series (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    counselor_id     BIGINT      NOT NULL,
    frequency        VARCHAR(20) NOT NULL,
    -- the local time in the practice's time zone: a weekly 10:00 session stays at 10:00 across DST
    local_start_time TIME        NOT NULL,
    time_zone        VARCHAR(60) NOT NULL,
    created_at       DATETIME    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_series_counselor FOREIGN KEY (counselor_id) REFERENCES account (id),
    CONSTRAINT ck_series_frequency CHECK (frequency IN ('WEEKLY', 'EVERY_TWO_WEEKS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appointment (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    counselor_id      BIGINT       NOT NULL,
    client_id         BIGINT,
    couple_id         BIGINT,
    starts_at         DATETIME     NOT NULL,
    ends_at           DATETIME     NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    modality          VARCHAR(20)  NOT NULL,
    room              VARCHAR(80),
    video_link        VARCHAR(500),
    status            VARCHAR(30)  NOT NULL DEFAULT 'SCHEDULED',
    status_reason     VARCHAR(300),
    memo              VARCHAR(300),
    series_id         BIGINT,
    reminder_due_at   DATETIME,
    reminder_sent_at  DATETIME,
    created_at        DATETIME     NOT NULL,
    updated_at        DATETIME,
    updated_by        VARCHAR(120),
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_appointment_counselor FOREIGN KEY (counselor_id) REFERENCES account (id),
    CONSTRAINT fk_appointment_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_appointment_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT fk_appointment_series FOREIGN KEY (series_id) REFERENCES appointment_series (id),
    CONSTRAINT ck_appointment_for_one CHECK ((client_id IS NULL) <> (couple_id IS NULL)),
    CONSTRAINT ck_appointment_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_appointment_kind CHECK (kind IN ('INTAKE', 'INDIVIDUAL', 'COUPLE', 'FAMILY')),
    CONSTRAINT ck_appointment_modality CHECK (modality IN ('IN_PERSON', 'TELEHEALTH')),
    CONSTRAINT ck_appointment_status CHECK (status IN ('SCHEDULED', 'COMPLETED', 'CANCELLED_BY_CLIENT',
        'CANCELLED_BY_COUNSELOR', 'LATE_CANCELLATION', 'NO_SHOW')),
    INDEX ix_appointment_counselor_time (counselor_id, starts_at),
    INDEX ix_appointment_client_time (client_id, starts_at),
    INDEX ix_appointment_couple_time (couple_id, starts_at),
    INDEX ix_appointment_series (series_id, starts_at),
    INDEX ix_appointment_reminder (reminder_due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The clients an appointment occupies: its client, or both partners of its couple. A client cannot
-- be in two overlapping appointments, with any counselor.
CREATE TABLE appointment_attendee (
    appointment_id BIGINT NOT NULL,
    client_id      BIGINT NOT NULL,
    PRIMARY KEY (appointment_id, client_id),
    CONSTRAINT fk_attendee_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_attendee_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX ix_attendee_client (client_id, appointment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A counselor's secret calendar feed: only a hash of the token is kept.
CREATE TABLE calendar_feed (
    account_id  BIGINT   NOT NULL,
    token_hash  CHAR(64) NOT NULL,
    created_at  DATETIME NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT uq_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_feed_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
