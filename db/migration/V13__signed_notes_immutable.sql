-- Signed notes and addenda are immutable in the database itself, not only in the application: a plain SQL
-- UPDATE of a signed note's content or signature, or a DELETE of a signed note or of any addendum, is refused.
-- Drafts stay editable. The one change allowed is re-encryption (a new key, or binding a value to its row):
-- the connection that does it sets @rapport_reencrypt = 1, and then only replaces a ciphertext with another
-- ciphertext; the note's content hash and the ciphertext's binding to its row tell if the text changed.

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
           OR (NOT (OLD.section1 <=> NEW.section1) AND NOT (@rapport_reencrypt <=> 1 AND OLD.section1 IS NOT NULL AND NEW.section1 LIKE 'v_:%'))
           OR (NOT (OLD.section2 <=> NEW.section2) AND NOT (@rapport_reencrypt <=> 1 AND OLD.section2 IS NOT NULL AND NEW.section2 LIKE 'v_:%'))
           OR (NOT (OLD.section3 <=> NEW.section3) AND NOT (@rapport_reencrypt <=> 1 AND OLD.section3 IS NOT NULL AND NEW.section3 LIKE 'v_:%'))
           OR (NOT (OLD.section4 <=> NEW.section4) AND NOT (@rapport_reencrypt <=> 1 AND OLD.section4 IS NOT NULL AND NEW.section4 LIKE 'v_:%'))
           OR (NOT (OLD.other_interventions <=> NEW.other_interventions) AND NOT (@rapport_reencrypt <=> 1 AND OLD.other_interventions IS NOT NULL AND NEW.other_interventions LIKE 'v_:%'))
           OR (NOT (OLD.risk_comment <=> NEW.risk_comment) AND NOT (@rapport_reencrypt <=> 1 AND OLD.risk_comment IS NOT NULL AND NEW.risk_comment LIKE 'v_:%'))
           OR (NOT (OLD.homework_reviewed <=> NEW.homework_reviewed) AND NOT (@rapport_reencrypt <=> 1 AND OLD.homework_reviewed IS NOT NULL AND NEW.homework_reviewed LIKE 'v_:%'))
           OR (NOT (OLD.homework_assigned <=> NEW.homework_assigned) AND NOT (@rapport_reencrypt <=> 1 AND OLD.homework_assigned IS NOT NULL AND NEW.homework_assigned LIKE 'v_:%'))) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed note cannot be changed: corrections go in an addendum';
    END IF;
END$$

CREATE TRIGGER session_note_signed_no_delete BEFORE DELETE ON session_note FOR EACH ROW
BEGIN
    IF OLD.signed_at IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed note cannot be deleted';
    END IF;
END$$

CREATE TRIGGER note_addendum_no_update BEFORE UPDATE ON note_addendum FOR EACH ROW
BEGIN
    IF NOT (OLD.note_id <=> NEW.note_id)
           OR NOT (OLD.author_id <=> NEW.author_id)
           OR NOT (OLD.signed_at <=> NEW.signed_at)
           OR NOT (OLD.content_hash <=> NEW.content_hash)
           OR (NOT (OLD.body <=> NEW.body) AND NOT (@rapport_reencrypt <=> 1 AND OLD.body IS NOT NULL AND NEW.body LIKE 'v_:%')) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An addendum is signed when written and cannot be changed';
    END IF;
END$$

CREATE TRIGGER note_addendum_no_delete BEFORE DELETE ON note_addendum FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An addendum cannot be deleted';
END$$

DELIMITER ;
