package org.rapport.perf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.rapport.notes.NoteCipher;
import org.rapport.perf.Practice.Appt;
import org.rapport.perf.Practice.Case;
import org.rapport.perf.Practice.Counselor;
import org.rapport.perf.Practice.Person;

/**
 * Signed session notes for completed appointments, written like the application writes them: the
 * text columns hold {@link NoteCipher} ciphertext made with the server's note key, and content_hash
 * is the hash of the plain content taken at signing ({@link NoteHash}). A few notes carry an
 * addendum or the author's private process note.
 */
final class NoteRows {

    private static final int CHUNK = 4096;

    private final Practice practice;
    private final SqlInserts sql;
    private final AuditLog audit;
    private final NoteCipher cipher;
    private final java.util.Set<String> strategies;
    long encryptNanos;
    long encrypted;

    NoteRows(
            Practice practice,
            SqlInserts sql,
            AuditLog audit,
            NoteCipher cipher,
            java.util.Set<String> strategies) {
        this.practice = practice;
        this.sql = sql;
        this.audit = audit;
        this.cipher = cipher;
        this.strategies = strategies;
    }

    /** One note's plain content, then its stored form. */
    private static final class Note {
        Appt appt;
        String format;
        LocalDate sessionDate;
        List<Long> attendees;
        List<String> interventions;
        String other;
        String risk;
        String riskComment;
        String[] sections = new String[4];
        String reviewed;
        String assigned;
        Instant created;
        Instant signed;
        String hash;
        String addendum;
        Instant addendumSigned;
        String addendumHash;
        String processNote;
        String[] stored;
    }

    void write() {
        SplittableRandom r = practice.random(20);
        NoteHash hash = new NoteHash();
        SqlInserts.Table notes =
                sql.table(
                        "session_note",
                        "id, appointment_id, author_id, client_id, couple_id, format,"
                                + " session_date, length_minutes, section1, section2, section3, section4, other_interventions, risk_level,"
                                + " risk_comment, homework_reviewed, homework_assigned, created_at, updated_at, signed_at, signed_by,"
                                + " content_hash, version");
        SqlInserts.Table noteAttendees = sql.table("session_note_attendee", "note_id, client_id");
        SqlInserts.Table interventions =
                sql.table("session_note_intervention", "note_id, strategy_key");
        SqlInserts.Table addenda =
                sql.table("note_addendum", "id, note_id, author_id, body, signed_at, content_hash");
        SqlInserts.Table processNotes =
                sql.table("process_note", "id, note_id, author_id, body, updated_at, version");
        long addendumId = 1;
        long processNoteId = 1;
        List<Appt> all = practice.noted;
        // notes are composed and encrypted a chunk at a time, then queued
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Note> chunk = new ArrayList<>(CHUNK);
            for (Appt a : all.subList(from, Math.min(all.size(), from + CHUNK))) {
                Note note = compose(a, r);
                Counselor k = a.kase.counselor;
                note.hash =
                        hash.note(
                                a.id,
                                note.format,
                                note.sessionDate.toString(),
                                a.minutes,
                                note.attendees,
                                note.interventions,
                                note.other,
                                note.risk,
                                note.riskComment,
                                note.sections[0],
                                note.sections[1],
                                note.sections[2],
                                note.sections[3],
                                note.reviewed,
                                note.assigned,
                                k.accountId,
                                note.signed.getEpochSecond());
                if (note.addendum != null) {
                    note.addendumHash =
                            hash.addendum(
                                    a.noteId,
                                    note.hash,
                                    k.accountId,
                                    note.addendum,
                                    note.addendumSigned.getEpochSecond());
                }
                chunk.add(note);
            }
            encrypt(chunk);
            for (Note note : chunk) {
                Appt a = note.appt;
                Case c = a.kase;
                Counselor k = c.counselor;
                String[] s = note.stored;
                notes.row(
                        a.noteId,
                        a.id,
                        k.accountId,
                        c.isCouple() ? null : c.client.id,
                        c.isCouple() ? c.couple.id : null,
                        note.format,
                        note.sessionDate,
                        a.minutes,
                        s[0],
                        s[1],
                        s[2],
                        s[3],
                        s[4],
                        note.risk,
                        s[5],
                        s[6],
                        s[7],
                        note.created,
                        note.signed,
                        note.signed,
                        k.accountId,
                        note.hash,
                        1L);
                for (Long attendee : note.attendees) {
                    noteAttendees.row(a.noteId, attendee);
                }
                for (String key : note.interventions) {
                    interventions.row(a.noteId, key);
                }
                for (Person p : c.people()) {
                    audit.add(
                            note.signed,
                            k.accountId,
                            AuditLog.SIGN,
                            "SessionNote",
                            a.noteId,
                            p.id,
                            note.hash + ", appointment " + a.id);
                }
                if (note.addendum != null) {
                    long id = addendumId++;
                    addenda.row(
                            id,
                            a.noteId,
                            k.accountId,
                            s[8],
                            note.addendumSigned,
                            note.addendumHash);
                    for (Person p : c.people()) {
                        audit.add(
                                note.addendumSigned,
                                k.accountId,
                                AuditLog.SIGN,
                                "SessionNote",
                                a.noteId,
                                p.id,
                                "addendum " + id + ", appointment " + a.id);
                    }
                }
                if (note.processNote != null) {
                    processNotes.row(
                            processNoteId++,
                            a.noteId,
                            k.accountId,
                            s[9],
                            note.signed.minusSeconds(120),
                            0L);
                }
                a.signedAt = note.signed.getEpochSecond();
            }
        }
    }

    private Note compose(Appt a, SplittableRandom r) {
        Case c = a.kase;
        Counselor k = c.counselor;
        Note note = new Note();
        note.appt = a;
        note.format = c.isCouple() && k.soapForCouples ? "SOAP" : k.noteFormat;
        note.sessionDate = practice.date(a.start);
        Texts.Theme t =
                a.intake
                        ? Texts.INTAKE
                        : Texts.THEMES.get((a.sessionNumber + c.index) % Texts.THEMES.size());
        String names = c.names();
        List<String> details = Texts.DETAILS;
        String detail = details.get((int) ((a.noteId * 7 + c.index) % details.size()));
        String reported = t.reported().replace("{name}", names) + " " + detail;
        String observed = t.observed();
        String assessment = t.assessment();
        String plan = t.plan();
        if (a.noteId % 3 == 0) {
            plan = plan + " " + details.get((int) ((a.noteId * 13 + 5) % details.size()));
        }
        String[] s = note.sections;
        switch (note.format) {
            case "SOAP" -> {
                s[0] = reported;
                s[1] = observed;
                s[2] = assessment;
                s[3] = plan;
            }
            case "DAP" -> {
                s[0] = reported + " " + observed;
                s[1] = assessment;
                s[2] = plan;
            }
            case "BIRP" -> {
                s[0] = reported + " " + observed;
                s[1] = t.intervention();
                s[2] = t.response().replace("{name}", names);
                s[3] = plan;
            }
            default -> s[0] = reported + " " + observed + " " + assessment + " Plan: " + plan;
        }
        TreeSet<String> keys = new TreeSet<>();
        for (String key : t.keys().split(" ")) {
            if (strategies.contains(key)) {
                keys.add(key);
            }
        }
        note.interventions = List.copyOf(keys);
        note.other = r.nextInt(100) < 8 ? Practice.pick(r, Texts.OTHER_INTERVENTIONS) : null;
        int risk = r.nextInt(1000);
        if (risk < 975) {
            note.risk = "NONE";
        } else if (risk < 995) {
            note.risk = "LOW";
            note.riskComment = Practice.pick(r, Texts.RISK_LOW);
        } else if (risk < 999) {
            note.risk = "MODERATE";
            note.riskComment = Practice.pick(r, Texts.RISK_MODERATE);
        } else {
            note.risk = "HIGH";
            note.riskComment = Practice.pick(r, Texts.RISK_HIGH);
        }
        note.reviewed =
                a.sessionNumber > 1 && r.nextInt(10) < 4
                        ? Practice.pick(r, Texts.HOMEWORK_REVIEWED)
                        : null;
        note.assigned = r.nextInt(100) < 45 ? t.assigned() : null;
        List<Long> attendees = new ArrayList<>();
        for (Person p : c.people()) {
            attendees.add(p.id);
        }
        if (attendees.size() == 2 && r.nextInt(100) < 5) {
            attendees.remove(r.nextInt(2));
        }
        note.attendees = attendees;
        Instant end = Instant.ofEpochSecond(a.end());
        note.created = end.plus(Duration.ofMinutes(2 + r.nextInt(9)));
        int delay = r.nextInt(100);
        Duration signedAfter =
                delay < 70
                        ? Duration.ofMinutes(15 + r.nextInt(90))
                        : delay < 95
                                ? Duration.ofHours(2 + r.nextInt(46))
                                : Duration.ofDays(2 + r.nextInt(5));
        note.signed = end.plus(signedAfter);
        if (!note.signed.isBefore(practice.now)) {
            note.signed = note.created.plus(Duration.ofMinutes(10));
        }
        if (r.nextInt(100) == 0) {
            Instant signed = note.signed.plus(Duration.ofDays(1 + r.nextInt(10)));
            if (signed.isBefore(practice.now)) {
                note.addendum = Practice.pick(r, Texts.ADDENDA);
                note.addendumSigned = signed;
            }
        }
        if (r.nextInt(50) == 0) {
            note.processNote = Practice.pick(r, Texts.PROCESS_NOTES);
        }
        return note;
    }

    /**
     * AES-GCM with the server's key, by Rapport's own NoteCipher: about 5 µs a value here. In
     * parallel it was no faster (the cipher's SecureRandom is shared), so one thread does it while
     * another writes rows.
     */
    private void encrypt(List<Note> chunk) {
        long started = System.nanoTime();
        for (Note n : chunk) {
            n.stored =
                    new String[] {
                        cipher.encrypt(n.sections[0]),
                        cipher.encrypt(n.sections[1]),
                        cipher.encrypt(n.sections[2]),
                        cipher.encrypt(n.sections[3]),
                        cipher.encrypt(n.other),
                        cipher.encrypt(n.riskComment),
                        cipher.encrypt(n.reviewed),
                        cipher.encrypt(n.assigned),
                        cipher.encrypt(n.addendum),
                        cipher.encrypt(n.processNote)
                    };
        }
        encryptNanos += System.nanoTime() - started;
        for (Note n : chunk) {
            for (String value : n.stored) {
                if (value != null) {
                    encrypted++;
                }
            }
        }
    }
}
