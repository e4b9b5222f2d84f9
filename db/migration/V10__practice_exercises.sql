-- A practice's own exercises (origin PRACTICE): who made them and which library exercise they copy.
ALTER TABLE exercise
    ADD COLUMN created_by  BIGINT,
    ADD COLUMN based_on_id BIGINT,
    ADD CONSTRAINT fk_exercise_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    ADD CONSTRAINT fk_exercise_based_on FOREIGN KEY (based_on_id) REFERENCES exercise (id);
