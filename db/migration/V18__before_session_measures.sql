-- "Before every session" (issue 16): a check-in or measure sent a set number of hours before each of a
-- client's (or couple's) sessions, or before every Nth, reminded once and closed when the session starts.
-- Existing assignments keep their behaviour: once (one week) or weekly, due on a date.

ALTER TABLE checkin_assignment
    ADD COLUMN schedule       VARCHAR(20) NOT NULL DEFAULT 'WEEKLY',
    -- BEFORE_SESSION only: how long before the start it opens, in the practice's wall-clock hours
    ADD COLUMN hours_before   INT,
    -- BEFORE_SESSION only: before every Nth session counted from the assignment (1 = every session)
    ADD COLUMN every_sessions INT;

UPDATE checkin_assignment SET schedule = 'ONCE' WHERE weeks = 1;

-- A before-session assignment keeps starts_on (the day it was made) and weeks = 1, which it does not use.
ALTER TABLE checkin_assignment
    ADD CONSTRAINT ck_checkin_schedule CHECK (schedule IN ('ONCE', 'WEEKLY', 'BEFORE_SESSION')),
    ADD CONSTRAINT ck_checkin_before_session CHECK ((schedule = 'BEFORE_SESSION')
        = (hours_before IS NOT NULL AND every_sessions IS NOT NULL)),
    ADD CONSTRAINT ck_checkin_hours_before CHECK (hours_before IS NULL OR hours_before BETWEEN 1 AND 168),
    ADD CONSTRAINT ck_checkin_every_sessions CHECK (every_sessions IS NULL OR every_sessions BETWEEN 1 AND 12);

-- A before-session response belongs to one appointment and is open from opens_at until the session starts
-- (closes_at), both UTC like every instant. due_on holds the session's day (the chart's date). The job
-- records the notice and the one reminder it sent. The unique key lets two instances insert the same
-- response at once: one wins, the other inserts nothing. (uq_response on the day stays: a second session
-- on the same day gets no second questionnaire.)
ALTER TABLE checkin_response
    ADD COLUMN appointment_id BIGINT,
    ADD COLUMN opens_at       DATETIME,
    ADD COLUMN closes_at      DATETIME,
    ADD COLUMN notified_at    DATETIME,
    ADD COLUMN reminded_at    DATETIME,
    ADD CONSTRAINT uq_response_appointment UNIQUE (assignment_id, client_id, appointment_id),
    ADD CONSTRAINT fk_response_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    ADD CONSTRAINT ck_response_window CHECK ((appointment_id IS NULL) = (opens_at IS NULL)
        AND (appointment_id IS NULL) = (closes_at IS NULL));

-- The job's notices and reminders read the responses whose window is still open.
CREATE INDEX ix_response_window ON checkin_response (closes_at, submitted_at);
