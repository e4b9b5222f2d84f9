-- Session notes: one per appointment, in a structured format, drafted then signed and locked.
-- Every clinical free-text column holds AES-GCM ciphertext written by the application
-- ("v1:<key id>:<base64>"), never plain text; the key id lets keys be rotated.

CREATE TABLE session_note (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    appointment_id      BIGINT      NOT NULL,
    author_id           BIGINT      NOT NULL,
    -- copied from the appointment, so a chart's notes are found without a join through appointments
    client_id           BIGINT,
    couple_id           BIGINT,
    format              VARCHAR(20) NOT NULL,
    session_date        DATE        NOT NULL,
    length_minutes      INT         NOT NULL,
    -- the format's sections in order (SOAP: subjective, objective, assessment, plan; a progress note uses the first)
    section1            MEDIUMTEXT,
    section2            MEDIUMTEXT,
    section3            MEDIUMTEXT,
    section4            MEDIUMTEXT,
    other_interventions TEXT,
    risk_level          VARCHAR(20) NOT NULL DEFAULT 'NONE',
    risk_comment        TEXT,
    homework_reviewed   TEXT,
    homework_assigned   TEXT,
    created_at          DATETIME    NOT NULL,
    updated_at          DATETIME    NOT NULL,
    signed_at           DATETIME,
    signed_by           BIGINT,
    -- SHA-256 of the signed content (plain text), to show that nothing changed after signing
    content_hash        CHAR(64),
    version             BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_note_appointment UNIQUE (appointment_id),
    CONSTRAINT fk_note_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_note_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_note_signer FOREIGN KEY (signed_by) REFERENCES account (id),
    CONSTRAINT fk_note_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_note_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT ck_note_for_one CHECK ((client_id IS NULL) <> (couple_id IS NULL)),
    CONSTRAINT ck_note_format CHECK (format IN ('SOAP', 'DAP', 'BIRP', 'PROGRESS')),
    CONSTRAINT ck_note_risk CHECK (risk_level IN ('NONE', 'LOW', 'MODERATE', 'HIGH')),
    CONSTRAINT ck_note_length CHECK (length_minutes BETWEEN 1 AND 480),
    CONSTRAINT ck_note_signed CHECK ((signed_at IS NULL) = (content_hash IS NULL)),
    INDEX ix_note_client (client_id, session_date),
    INDEX ix_note_couple (couple_id, session_date),
    INDEX ix_note_author (author_id, signed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which clients came (for a couple: one partner or both).
CREATE TABLE session_note_attendee (
    note_id   BIGINT NOT NULL,
    client_id BIGINT NOT NULL,
    PRIMARY KEY (note_id, client_id),
    CONSTRAINT fk_note_attendee_note FOREIGN KEY (note_id) REFERENCES session_note (id),
    CONSTRAINT fk_note_attendee_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Interventions used, as trust-rebuilding strategy keys (free text goes in other_interventions).
CREATE TABLE session_note_intervention (
    note_id      BIGINT      NOT NULL,
    strategy_key VARCHAR(40) NOT NULL,
    PRIMARY KEY (note_id, strategy_key),
    CONSTRAINT fk_note_intervention_note FOREIGN KEY (note_id) REFERENCES session_note (id),
    CONSTRAINT fk_note_intervention_strategy FOREIGN KEY (strategy_key) REFERENCES strategy (strategy_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Corrections to a signed note: each signed by its author when written, never changed.
CREATE TABLE note_addendum (
    id           BIGINT   NOT NULL AUTO_INCREMENT,
    note_id      BIGINT   NOT NULL,
    author_id    BIGINT   NOT NULL,
    body         MEDIUMTEXT NOT NULL,
    signed_at    DATETIME NOT NULL,
    content_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_addendum_note FOREIGN KEY (note_id) REFERENCES session_note (id),
    CONSTRAINT fk_addendum_author FOREIGN KEY (author_id) REFERENCES account (id),
    INDEX ix_addendum_note (note_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Private psychotherapy (process) notes: kept apart from the record, read only by their author,
-- never in the chart, an export or anything a client sees.
CREATE TABLE process_note (
    id         BIGINT     NOT NULL AUTO_INCREMENT,
    note_id    BIGINT     NOT NULL,
    author_id  BIGINT     NOT NULL,
    body       MEDIUMTEXT,
    updated_at DATETIME   NOT NULL,
    version    BIGINT     NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_process_note UNIQUE (note_id, author_id),
    CONSTRAINT fk_process_note_note FOREIGN KEY (note_id) REFERENCES session_note (id),
    CONSTRAINT fk_process_note_author FOREIGN KEY (author_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The missing-notes report: completed appointments, oldest first, per counselor.
CREATE INDEX ix_appointment_status_time ON appointment (status, counselor_id, starts_at);
