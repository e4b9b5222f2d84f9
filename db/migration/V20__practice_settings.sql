-- The practice's own settings, changed by an administrator on the settings page (issue 17). One row (id 1).
-- Until an administrator first saves the page (changed_at still NULL) Rapport uses the environment's
-- defaults (RAPPORT_PRACTICE_NAME, RAPPORT_TIME_ZONE, RAPPORT_REMINDER_LEAD); from then on these values win.
-- The row exists from the start so that every save is an update of it, guarded by its version (two
-- administrators saving at once: the second is told, never a duplicate row).

CREATE TABLE practice_settings (
    id                     TINYINT       NOT NULL,
    practice_name          VARCHAR(120),
    time_zone              VARCHAR(64),
    day_starts_hour        TINYINT,
    day_ends_hour          TINYINT,
    rooms                  VARCHAR(2000),
    crisis_text            VARCHAR(600),
    reminder_lead_minutes  INT,
    version                BIGINT        NOT NULL,
    changed_at             DATETIME,
    changed_by             VARCHAR(254),
    PRIMARY KEY (id),
    CONSTRAINT ck_practice_settings_one_row CHECK (id = 1),
    CONSTRAINT ck_practice_settings_hours CHECK (day_starts_hour >= 0 AND day_ends_hour <= 24
        AND day_ends_hour > day_starts_hour)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO practice_settings (id, version) VALUES (1, 0);
