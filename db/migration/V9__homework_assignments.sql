-- Homework: exercises assigned to a client or a couple, each occurrence a task per person (or one
-- shared task when a couple does it together), the client's answers to the reflection prompts, the
-- counselor's feedback, and reminder opt-ins.

CREATE TABLE homework_assignment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    exercise_id  BIGINT        NOT NULL,
    counselor_id BIGINT        NOT NULL,
    client_id    BIGINT,
    couple_id    BIGINT,
    instructions VARCHAR(2000),
    starts_on    DATE          NOT NULL,
    repeat_kind  VARCHAR(10)   NOT NULL,
    due_on       DATE,
    weekdays     VARCHAR(40),
    weeks        INT,
    couple_mode  VARCHAR(12),
    status       VARCHAR(10)   NOT NULL DEFAULT 'ACTIVE',
    created_at   DATETIME      NOT NULL,
    updated_at   DATETIME      NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignment_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id),
    CONSTRAINT fk_assignment_counselor FOREIGN KEY (counselor_id) REFERENCES account (id),
    CONSTRAINT fk_assignment_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_assignment_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT ck_assignment_for_one CHECK ((client_id IS NULL) <> (couple_id IS NULL)),
    CONSTRAINT ck_assignment_repeat CHECK (repeat_kind IN ('ONCE', 'DAILY', 'WEEKLY')),
    CONSTRAINT ck_assignment_mode CHECK (couple_mode IS NULL OR couple_mode IN ('SEPARATELY', 'TOGETHER')),
    CONSTRAINT ck_assignment_status CHECK (status IN ('ACTIVE', 'PAUSED', 'ENDED')),
    INDEX ix_assignment_client (client_id, status),
    INDEX ix_assignment_couple (couple_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One occurrence for one person; for a couple working together, one task for both (client_id NULL).
CREATE TABLE homework_task (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    assignment_id    BIGINT      NOT NULL,
    client_id        BIGINT,
    -- client_id or 0, so that one person has one task per assignment and day
    person_key       BIGINT      NOT NULL,
    due_on           DATE        NOT NULL,
    status           VARCHAR(10) NOT NULL DEFAULT 'OPEN',
    completed_at     DATETIME,
    completed_by     BIGINT,
    difficulty       TINYINT,
    helpfulness      TINYINT,
    feedback         VARCHAR(2000),
    feedback_at      DATETIME,
    feedback_by      VARCHAR(120),
    reminder_sent_at DATETIME,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_task_person_day UNIQUE (assignment_id, person_key, due_on),
    CONSTRAINT fk_task_assignment FOREIGN KEY (assignment_id) REFERENCES homework_assignment (id),
    CONSTRAINT fk_task_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_task_completed_by FOREIGN KEY (completed_by) REFERENCES client (id),
    CONSTRAINT ck_task_status CHECK (status IN ('OPEN', 'DONE')),
    CONSTRAINT ck_task_ratings CHECK ((difficulty IS NULL OR difficulty BETWEEN 1 AND 5)
        AND (helpfulness IS NULL OR helpfulness BETWEEN 1 AND 5)),
    INDEX ix_task_client_due (client_id, due_on),
    INDEX ix_task_assignment_due (assignment_id, due_on),
    INDEX ix_task_reminder (status, due_on, reminder_sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's answer to one reflection prompt of a task; shared = the partner may read it.
CREATE TABLE homework_answer (
    id          BIGINT   NOT NULL AUTO_INCREMENT,
    task_id     BIGINT   NOT NULL,
    prompt_id   BIGINT   NOT NULL,
    client_id   BIGINT   NOT NULL,
    text_value  VARCHAR(4000),
    scale_value TINYINT,
    shared      BOOLEAN  NOT NULL DEFAULT FALSE,
    updated_at  DATETIME NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_answer UNIQUE (task_id, prompt_id, client_id),
    CONSTRAINT fk_answer_task FOREIGN KEY (task_id) REFERENCES homework_task (id),
    CONSTRAINT fk_answer_prompt FOREIGN KEY (prompt_id) REFERENCES exercise_prompt (id),
    CONSTRAINT fk_answer_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_answer_scale CHECK (scale_value IS NULL OR scale_value BETWEEN 0 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Clients who asked for an e-mail when a task of the assignment is due.
CREATE TABLE homework_reminder_optin (
    assignment_id BIGINT NOT NULL,
    client_id     BIGINT NOT NULL,
    PRIMARY KEY (assignment_id, client_id),
    CONSTRAINT fk_optin_assignment FOREIGN KEY (assignment_id) REFERENCES homework_assignment (id),
    CONSTRAINT fk_optin_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
