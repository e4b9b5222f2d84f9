-- When each counselor last looked at each client's chart: the home page's "answers to read" are the check-ins,
-- measures and homework answers the client sent after that.

CREATE TABLE answers_seen (
    counselor_id BIGINT   NOT NULL,
    client_id    BIGINT   NOT NULL,
    seen_at      DATETIME NOT NULL,
    PRIMARY KEY (counselor_id, client_id),
    CONSTRAINT fk_seen_counselor FOREIGN KEY (counselor_id) REFERENCES account (id),
    CONSTRAINT fk_seen_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- homework answers sent since a moment, per counselor (through the assignment)
CREATE INDEX ix_task_completed ON homework_task (completed_at);
CREATE INDEX ix_response_submitted ON checkin_response (submitted_at);
