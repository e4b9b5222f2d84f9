-- An assignment's schedule can be changed after it is made: who changed it last (for an edit conflict's
-- message), and the assign form's one-time key, so a form sent twice assigns the exercise once.
ALTER TABLE homework_assignment
    ADD COLUMN updated_by VARCHAR(120) NULL,
    ADD COLUMN request_key VARCHAR(36) NULL,
    ADD CONSTRAINT uq_assignment_request_key UNIQUE (request_key);
