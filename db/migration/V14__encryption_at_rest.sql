-- Encryption at rest for all clinical free text and secrets (README: Encryption at rest). The application
-- writes every such value as "v2:<key id>:<base64>": AES-GCM whose authenticated data names the table, the
-- column and the row, so a value copied elsewhere does not decrypt. The values written before this version
-- (plain text, or notes in the first format "v1:") are sealed by the application at its next start-up, in
-- committed batches, column by column; at_rest_migration records each column once it is done.

-- Ciphertext is longer than the text (base64 of IV, UTF-8 bytes and tag): the columns become TEXT.
ALTER TABLE client
    MODIFY concerns_note TEXT,
    MODIFY consent_notes TEXT;
ALTER TABLE client_diagnosis MODIFY label TEXT NOT NULL;
ALTER TABLE client_status_change MODIFY reason TEXT;
ALTER TABLE couple MODIFY goals TEXT;
ALTER TABLE appointment
    MODIFY status_reason TEXT,
    MODIFY memo TEXT;
ALTER TABLE homework_assignment MODIFY instructions TEXT;
ALTER TABLE homework_task MODIFY feedback TEXT;
ALTER TABLE homework_answer MODIFY text_value TEXT;
ALTER TABLE checkin_answer MODIFY text_value TEXT;
ALTER TABLE account MODIFY mfa_secret VARCHAR(500);

CREATE TABLE at_rest_migration (
    sealed_column VARCHAR(130) NOT NULL,
    values_sealed BIGINT       NOT NULL,
    finished_at   DATETIME     NOT NULL,
    PRIMARY KEY (sealed_column)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- V13's triggers again, now also letting a new row's placeholder ('v2:-', written by the INSERT before the
-- database gives the row its id) be replaced by the value sealed with that id, in the same transaction.
DROP TRIGGER session_note_signed_no_update;
DROP TRIGGER note_addendum_no_update;

DELIMITER $$

CREATE TRIGGER session_note_signed_no_update BEFORE UPDATE ON session_note FOR EACH ROW
BEGIN
    IF OLD.signed_at IS NOT NULL AND (
           NOT (OLD.appointment_id <=> NEW.appointment_id)
           OR NOT (OLD.author_id <=> NEW.author_id)
           OR NOT (OLD.client_id <=> NEW.client_id)
           OR NOT (OLD.couple_id <=> NEW.couple_id)
           OR NOT (OLD.format <=> NEW.format)
           OR NOT (OLD.session_date <=> NEW.session_date)
           OR NOT (OLD.length_minutes <=> NEW.length_minutes)
           OR NOT (OLD.risk_level <=> NEW.risk_level)
           OR NOT (OLD.created_at <=> NEW.created_at)
           OR NOT (OLD.signed_at <=> NEW.signed_at)
           OR NOT (OLD.signed_by <=> NEW.signed_by)
           OR NOT (OLD.content_hash <=> NEW.content_hash)
           OR (NOT (OLD.section1 <=> NEW.section1) AND NOT (NEW.section1 LIKE 'v2:%' AND (OLD.section1 = 'v2:-' OR (@rapport_reencrypt <=> 1 AND OLD.section1 IS NOT NULL AND NEW.section1 <> 'v2:-'))))
           OR (NOT (OLD.section2 <=> NEW.section2) AND NOT (NEW.section2 LIKE 'v2:%' AND (OLD.section2 = 'v2:-' OR (@rapport_reencrypt <=> 1 AND OLD.section2 IS NOT NULL AND NEW.section2 <> 'v2:-'))))
           OR (NOT (OLD.section3 <=> NEW.section3) AND NOT (NEW.section3 LIKE 'v2:%' AND (OLD.section3 = 'v2:-' OR (@rapport_reencrypt <=> 1 AND OLD.section3 IS NOT NULL AND NEW.section3 <> 'v2:-'))))
           OR (NOT (OLD.section4 <=> NEW.section4) AND NOT (NEW.section4 LIKE 'v2:%' AND (OLD.section4 = 'v2:-' OR (@rapport_reencrypt <=> 1 AND OLD.section4 IS NOT NULL AND NEW.section4 <> 'v2:-'))))
           OR (NOT (OLD.other_interventions <=> NEW.other_interventions) AND NOT (NEW.other_interventions LIKE 'v2:%' AND (OLD.other_interventions = 'v2:-' OR (@rapport_reencrypt <=> 1 AND OLD.other_interventions IS NOT NULL AND NEW.other_interventions <> 'v2:-'))))
           OR (NOT (OLD.risk_comment <=> NEW.risk_comment) AND NOT (NEW.risk_comment LIKE 'v2:%' AND (OLD.risk_comment = 'v2:-' OR (@rapport_reencrypt <=> 1 AND OLD.risk_comment IS NOT NULL AND NEW.risk_comment <> 'v2:-'))))
           OR (NOT (OLD.homework_reviewed <=> NEW.homework_reviewed) AND NOT (NEW.homework_reviewed LIKE 'v2:%' AND (OLD.homework_reviewed = 'v2:-' OR (@rapport_reencrypt <=> 1 AND OLD.homework_reviewed IS NOT NULL AND NEW.homework_reviewed <> 'v2:-'))))
           OR (NOT (OLD.homework_assigned <=> NEW.homework_assigned) AND NOT (NEW.homework_assigned LIKE 'v2:%' AND (OLD.homework_assigned = 'v2:-' OR (@rapport_reencrypt <=> 1 AND OLD.homework_assigned IS NOT NULL AND NEW.homework_assigned <> 'v2:-'))))) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed note cannot be changed: corrections go in an addendum';
    END IF;
END$$

CREATE TRIGGER note_addendum_no_update BEFORE UPDATE ON note_addendum FOR EACH ROW
BEGIN
    IF NOT (OLD.note_id <=> NEW.note_id)
           OR NOT (OLD.author_id <=> NEW.author_id)
           OR NOT (OLD.signed_at <=> NEW.signed_at)
           OR NOT (OLD.content_hash <=> NEW.content_hash)
           OR (NOT (OLD.body <=> NEW.body) AND NOT (NEW.body LIKE 'v2:%' AND (OLD.body = 'v2:-' OR (@rapport_reencrypt <=> 1 AND OLD.body IS NOT NULL AND NEW.body <> 'v2:-')))) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An addendum is signed when written and cannot be changed';
    END IF;
END$$

DELIMITER ;
