-- "Notes to write" (completed sessions without a signed note) read through an index instead of checking
-- every completed session of a counselor's history for a signed note (1 s per view on a five-year
-- practice, growing with history). note_signed is set in the transaction that signs the note; a signed
-- note is never unsigned.

ALTER TABLE appointment ADD COLUMN note_signed BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE appointment a JOIN session_note n ON n.appointment_id = a.id
   SET a.note_signed = TRUE
 WHERE n.signed_at IS NOT NULL;

CREATE INDEX ix_appointment_notes_owed ON appointment (status, note_signed, counselor_id, starts_at);
