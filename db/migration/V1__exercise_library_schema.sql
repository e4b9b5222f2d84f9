-- The exercise library: trust-rebuilding strategies and the exercises that practise them.
-- Library exercises are reference data (later migrations add or revise them); practices will add
-- their own exercises with origin = 'PRACTICE' (homework capability).

CREATE TABLE strategy (
    strategy_key VARCHAR(40)  NOT NULL,
    name         VARCHAR(120) NOT NULL,
    summary      VARCHAR(600) NOT NULL,
    sort_order   INT          NOT NULL,
    PRIMARY KEY (strategy_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exercise (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    slug           VARCHAR(80)  NOT NULL,
    title          VARCHAR(160) NOT NULL,
    strategy_key   VARCHAR(40)  NOT NULL,
    goal           VARCHAR(600) NOT NULL,
    minutes_needed INT          NOT NULL,
    frequency      VARCHAR(120) NOT NULL,
    participation  VARCHAR(20)  NOT NULL,
    origin         VARCHAR(20)  NOT NULL DEFAULT 'LIBRARY',
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_exercise_slug UNIQUE (slug),
    CONSTRAINT fk_exercise_strategy FOREIGN KEY (strategy_key) REFERENCES strategy (strategy_key),
    CONSTRAINT ck_exercise_participation CHECK (participation IN ('ONE_PARTNER', 'BOTH_TOGETHER')),
    CONSTRAINT ck_exercise_origin CHECK (origin IN ('LIBRARY', 'PRACTICE')),
    CONSTRAINT ck_exercise_minutes CHECK (minutes_needed BETWEEN 1 AND 600),
    INDEX ix_exercise_strategy_title (strategy_key, title),
    INDEX ix_exercise_title (title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ordered steps of an exercise's instructions.
CREATE TABLE exercise_step (
    exercise_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (exercise_id, position),
    CONSTRAINT fk_step_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reflection prompts the client answers after doing the exercise: free text, or a 0-10 scale
-- with a label at each end.
CREATE TABLE exercise_prompt (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    exercise_id     BIGINT       NOT NULL,
    position        INT          NOT NULL,
    question        VARCHAR(500) NOT NULL,
    answer_type     VARCHAR(10)  NOT NULL,
    scale_low_label  VARCHAR(60),
    scale_high_label VARCHAR(60),
    PRIMARY KEY (id),
    CONSTRAINT uq_prompt_position UNIQUE (exercise_id, position),
    CONSTRAINT fk_prompt_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id) ON DELETE CASCADE,
    CONSTRAINT ck_prompt_answer_type CHECK (answer_type IN ('TEXT', 'SCALE')),
    CONSTRAINT ck_prompt_scale_labels CHECK (answer_type = 'TEXT'
        OR (scale_low_label IS NOT NULL AND scale_high_label IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
