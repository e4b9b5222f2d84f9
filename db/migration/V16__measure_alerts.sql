-- Alerts from check-ins and measures, kept as records: what was raised for whom and why, and which of the
-- client's counselors acknowledged it and when.
--
-- questionnaire.reliable_change: the change in the total that counts as reliable (beyond measurement error);
-- the chart notes it, and a change of at least this much in the worse direction raises an alert.
-- questionnaire.short_title: the name where space is short (the home page, alerts); the title when null.
-- questionnaire.higher_is_better: the direction of the total (a trust check-in's higher is better; a PHQ-9's
-- higher is worse).
-- questionnaire_item.alert_above: an answer above this value raises an alert (PHQ-9 item 9, thoughts of
-- being better off dead or of self-harm: anything above "Not at all").

ALTER TABLE questionnaire
    ADD COLUMN short_title      VARCHAR(40),
    ADD COLUMN reliable_change  DECIMAL(6, 2),
    ADD COLUMN higher_is_better BOOLEAN NOT NULL DEFAULT TRUE;

ALTER TABLE questionnaire_item
    ADD COLUMN alert_above INT;

-- The thresholds of reliable change used by NHS Talking Therapies (PHQ-9: 6 points, GAD-7: 4 points).
UPDATE questionnaire SET short_title = 'PHQ-9', reliable_change = 6, higher_is_better = FALSE WHERE slug = 'phq-9';
UPDATE questionnaire SET short_title = 'GAD-7', reliable_change = 4, higher_is_better = FALSE WHERE slug = 'gad-7';
-- Rapport's own check-in has no published threshold: 1.5 points on its 0-10 mean (15 % of the range) is
-- the practice's rule of thumb for a drop worth a look.
UPDATE questionnaire SET short_title = 'Trust check-in', reliable_change = 1.5 WHERE slug = 'trust-connection-weekly';

UPDATE questionnaire_item i JOIN questionnaire q ON q.id = i.questionnaire_id
   SET i.alert_above = 0
 WHERE q.slug = 'phq-9' AND i.position = 9;

CREATE TABLE measure_alert (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    client_id       BIGINT       NOT NULL,
    response_id     BIGINT       NOT NULL,
    -- whose home page shows it: the counselor who gave the questionnaire
    counselor_id    BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    -- what was found, in words (sealed: it names answers such as item 9's)
    detail          TEXT         NOT NULL,
    raised_at       DATETIME     NOT NULL,
    acknowledged_by BIGINT,
    acknowledged_at DATETIME,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_alert_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_alert_response FOREIGN KEY (response_id) REFERENCES checkin_response (id),
    CONSTRAINT fk_alert_counselor FOREIGN KEY (counselor_id) REFERENCES account (id),
    CONSTRAINT fk_alert_acknowledged_by FOREIGN KEY (acknowledged_by) REFERENCES account (id),
    CONSTRAINT uq_alert_response_kind UNIQUE (response_id, kind),
    CONSTRAINT ck_alert_kind CHECK (kind IN ('SELF_HARM', 'BAND_RISE', 'WORSENED')),
    CONSTRAINT ck_alert_acknowledged CHECK ((acknowledged_by IS NULL) = (acknowledged_at IS NULL)),
    INDEX ix_alert_open (counselor_id, acknowledged_at, raised_at),
    INDEX ix_alert_client (client_id, raised_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The administrator's practice figures count a week's and a month's sessions per counselor and status: a
-- range of start times, answered from the index alone.
CREATE INDEX ix_appointment_time_status ON appointment (starts_at, status, counselor_id, ends_at);
