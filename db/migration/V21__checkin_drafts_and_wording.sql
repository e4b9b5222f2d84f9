-- A check-in answered part of the way is kept as the client goes (issue 17): their answers so far, one row per
-- item, until they send it. A draft is the client's alone: the counselor's pages, the scores and the alerts read
-- checkin_answer (what was sent), never this table. Sending moves the answers there and removes the draft; a
-- response that is withdrawn (a cancelled session, an ended couple) takes its draft with it.
CREATE TABLE checkin_draft_answer (
    id          BIGINT   NOT NULL AUTO_INCREMENT,
    response_id BIGINT   NOT NULL,
    item_id     BIGINT   NOT NULL,
    scale_value INT,
    text_value  TEXT,
    saved_at    DATETIME NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_checkin_draft_answer UNIQUE (response_id, item_id),
    CONSTRAINT fk_checkin_draft_response FOREIGN KEY (response_id) REFERENCES checkin_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_checkin_draft_item FOREIGN KEY (item_id) REFERENCES questionnaire_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each subscale means, in people's words, with the direction of its numbers: "Conflict: higher is better"
-- left a client guessing whether a high "Conflict" meant more of it. One "Name=wording" per line; a subscale
-- without a line is shown by its name alone.
ALTER TABLE questionnaire ADD COLUMN subscale_wording VARCHAR(1000);

UPDATE questionnaire
   SET subscale_wording = CONCAT_WS('\n',
       'Connection=How close and heard you felt (10 = very close)',
       'Trust=How much you could rely on your partner (10 = completely)',
       'Conflict=How calmly you handled disagreements (10 = very calmly)',
       'Hope=How hopeful you feel about your relationship (10 = very hopeful)')
 WHERE slug = 'trust-connection-weekly';

-- Anchors that read as the two ends of the same question.
UPDATE questionnaire_item i JOIN questionnaire q ON q.id = i.questionnaire_id
   SET i.low_anchor = 'Never'
 WHERE q.slug = 'trust-connection-weekly' AND i.position = 7;
UPDATE questionnaire_item i JOIN questionnaire q ON q.id = i.questionnaire_id
   SET i.low_anchor = 'Very distant'
 WHERE q.slug = 'trust-connection-weekly' AND i.position = 8;
UPDATE questionnaire_item i JOIN questionnaire q ON q.id = i.questionnaire_id
   SET i.low_anchor = 'Not at all hopeful'
 WHERE q.slug = 'trust-connection-weekly' AND i.position = 10;
