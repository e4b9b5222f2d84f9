-- Check-ins: questionnaires (Rapport's own weekly trust and connection check-in, and a practice's own),
-- assigned once or weekly to a client or to each partner of a couple, and the answers clients give.

CREATE TABLE questionnaire (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(80)  NOT NULL,
    title       VARCHAR(160) NOT NULL,
    description VARCHAR(1000) NOT NULL,
    scoring     VARCHAR(10)  NOT NULL,
    origin      VARCHAR(20)  NOT NULL DEFAULT 'RAPPORT',
    created_by  BIGINT,
    created_at  DATETIME     NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_questionnaire_slug UNIQUE (slug),
    CONSTRAINT fk_questionnaire_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_questionnaire_scoring CHECK (scoring IN ('SUM', 'MEAN')),
    CONSTRAINT ck_questionnaire_origin CHECK (origin IN ('RAPPORT', 'PRACTICE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE questionnaire_item (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    questionnaire_id BIGINT       NOT NULL,
    position         INT          NOT NULL,
    text             VARCHAR(500) NOT NULL,
    kind             VARCHAR(10)  NOT NULL,
    min_value        INT,
    max_value        INT,
    low_anchor       VARCHAR(60),
    high_anchor      VARCHAR(60),
    reversed         BOOLEAN      NOT NULL DEFAULT FALSE,
    subscale         VARCHAR(60),
    PRIMARY KEY (id),
    CONSTRAINT uq_item_position UNIQUE (questionnaire_id, position),
    CONSTRAINT fk_item_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id),
    CONSTRAINT ck_item_kind CHECK (kind IN ('SCALE', 'TEXT')),
    CONSTRAINT ck_item_range CHECK (kind = 'TEXT' OR (min_value IS NOT NULL AND max_value IS NOT NULL AND min_value < max_value))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE checkin_assignment (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    questionnaire_id BIGINT      NOT NULL,
    counselor_id     BIGINT      NOT NULL,
    client_id        BIGINT,
    couple_id        BIGINT,
    starts_on        DATE        NOT NULL,
    weeks            INT         NOT NULL,
    trend_visible    BOOLEAN     NOT NULL DEFAULT FALSE,
    -- both partners see the couple's chart (their own and the other's scores) in the portal
    couple_view_shared BOOLEAN   NOT NULL DEFAULT FALSE,
    status           VARCHAR(10) NOT NULL DEFAULT 'ACTIVE',
    created_at       DATETIME    NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_checkin_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id),
    CONSTRAINT fk_checkin_counselor FOREIGN KEY (counselor_id) REFERENCES account (id),
    CONSTRAINT fk_checkin_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_checkin_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT ck_checkin_for_one CHECK ((client_id IS NULL) <> (couple_id IS NULL)),
    CONSTRAINT ck_checkin_weeks CHECK (weeks BETWEEN 1 AND 52),
    CONSTRAINT ck_checkin_status CHECK (status IN ('ACTIVE', 'ENDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One check-in one person owes on one day (weekly: one per week), then their submission.
CREATE TABLE checkin_response (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id BIGINT        NOT NULL,
    client_id     BIGINT        NOT NULL,
    due_on        DATE          NOT NULL,
    submitted_at  DATETIME,
    PRIMARY KEY (id),
    CONSTRAINT uq_response UNIQUE (assignment_id, client_id, due_on),
    CONSTRAINT fk_response_assignment FOREIGN KEY (assignment_id) REFERENCES checkin_assignment (id),
    CONSTRAINT fk_response_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX ix_response_client (client_id, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE checkin_answer (
    response_id BIGINT NOT NULL,
    item_id     BIGINT NOT NULL,
    scale_value INT,
    text_value  VARCHAR(2000),
    PRIMARY KEY (response_id, item_id),
    CONSTRAINT fk_checkin_answer_response FOREIGN KEY (response_id) REFERENCES checkin_response (id),
    CONSTRAINT fk_checkin_answer_item FOREIGN KEY (item_id) REFERENCES questionnaire_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Rapport's own weekly check-in, written for Rapport. Higher is better on every subscale; items that
-- ask about a difficulty are reversed before scoring.
INSERT INTO questionnaire (slug, title, description, scoring, origin, created_at) VALUES
('trust-connection-weekly', 'Weekly trust and connection check-in',
 'Ten quick questions about the past week: how much you could rely on each other, how close you felt and how you handled disagreements. It takes about three minutes. There are no right answers: your honest view of this week is what helps.',
 'MEAN', 'RAPPORT', NOW());
SET @q = LAST_INSERT_ID();
INSERT INTO questionnaire_item (questionnaire_id, position, text, kind, min_value, max_value, low_anchor, high_anchor, reversed, subscale) VALUES
(@q, 1, 'This week I felt heard when I talked about something that mattered to me.', 'SCALE', 0, 10, 'Never', 'Every time', FALSE, 'Connection'),
(@q, 2, 'This week my partner was honest with me, even when it was uncomfortable.', 'SCALE', 0, 10, 'Not at all', 'Completely', FALSE, 'Trust'),
(@q, 3, 'This week my partner did what they said they would do.', 'SCALE', 0, 10, 'Hardly ever', 'Always', FALSE, 'Trust'),
(@q, 4, 'This week my partner was open about where they were, money matters and who they were in touch with, without my having to ask.', 'SCALE', 0, 10, 'Not at all', 'Fully', FALSE, 'Trust'),
(@q, 5, 'This week I caught myself checking up on my partner or expecting the worst.', 'SCALE', 0, 10, 'Never', 'All the time', TRUE, 'Trust'),
(@q, 6, 'This week I carried resentment about the past into our days.', 'SCALE', 0, 10, 'Not at all', 'Constantly', TRUE, 'Conflict'),
(@q, 7, 'When we disagreed this week, we stayed respectful and found our way back to each other.', 'SCALE', 0, 10, 'Not at all', 'Every time', FALSE, 'Conflict'),
(@q, 8, 'This week I felt close to my partner.', 'SCALE', 0, 10, 'Distant', 'Very close', FALSE, 'Connection'),
(@q, 9, 'We spent time together this week that felt good, apart from the hard talks.', 'SCALE', 0, 10, 'None', 'Plenty', FALSE, 'Connection'),
(@q, 10, 'Right now I feel hopeful about our relationship.', 'SCALE', 0, 10, 'Not hopeful', 'Very hopeful', FALSE, 'Hope'),
(@q, 11, 'Anything you want your counselor to know before the next session? (optional)', 'TEXT', NULL, NULL, NULL, NULL, FALSE, NULL);
