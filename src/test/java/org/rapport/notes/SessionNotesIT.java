package org.rapport.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.clients.Client;
import org.rapport.clients.ClientDetails;
import org.rapport.clients.ClientService;
import org.rapport.clients.Confidentiality;
import org.rapport.clients.Couple;
import org.rapport.clients.CoupleDetails;
import org.rapport.clients.CoupleService;
import org.rapport.clients.RelationshipType;
import org.rapport.identity.Account;
import org.rapport.identity.AccountService;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.PasswordHasher;
import org.rapport.identity.Role;
import org.rapport.platform.EditConflict;
import org.rapport.platform.EncryptionAtRest;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.NotVisible;
import org.rapport.platform.PracticeClock;
import org.rapport.platform.Sealing;
import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.AppointmentDetails;
import org.rapport.scheduling.AppointmentKind;
import org.rapport.scheduling.AppointmentStatus;
import org.rapport.scheduling.Modality;
import org.rapport.scheduling.SchedulingService;

/**
 * Session notes inside the real application against MariaDB: drafts and conflicts, signing and the
 * lock, addenda, private notes, who may read what, encryption at rest and key rotation, the
 * missing-notes report.
 */
@ExtendWith(ArquillianExtension.class)
class SessionNotesIT {

    private static final String PASSWORD = "note-Signing-2026!";

    @Deployment
    static WebArchive rapport() {
        return ShrinkWrap.create(ZipImporter.class, "rapport.war")
                .importFrom(new File(System.getProperty("rapport.war", "target/rapport.war")))
                .as(WebArchive.class);
    }

    @Inject private HttpServletRequest request;

    @Inject private AccountService accounts;

    @Inject private ClientService clients;

    @Inject private CoupleService couples;

    @Inject private SchedulingService scheduling;

    @Inject private NoteService notes;

    @Inject private EncryptionAtRest atRest;

    @Inject private PracticeClock clock;

    @PersistenceContext private EntityManager em;

    @Inject private UserTransaction transaction;

    private String run;
    private Account counselorX;
    private Account counselorY;
    private Account admin;

    @BeforeEach
    void practice() {
        run = String.valueOf(System.nanoTime());
        counselorX = account("x", Role.COUNSELOR);
        counselorY = account("y", Role.COUNSELOR);
        admin = account("admin", Role.ADMIN);
    }

    @Test
    void aDraftIsSavedAndReadBackAndASecondWriterGetsAConflictWithTheStoredText() {
        as(counselorX);
        Appointment session = pastSession(client("Drafted"), 3);
        NoteDraft draft = notes.newDraft(notes.page(session.getId()).orElseThrow().appointment());
        assertEquals(50, draft.getLengthMinutes(), "the length comes from the appointment");
        assertEquals(1, draft.getAttendeeIds().size(), "the client is marked as present");
        draft.setSection1("Client described a calmer week.");
        SessionNote saved = notes.saveDraft(session.getId(), null, draft);

        NotePage reopened = notes.page(session.getId()).orElseThrow();
        assertEquals(
                "Client described a calmer week.",
                reopened.note().toDraft().getSection1(),
                "the draft is there when the page is opened again");
        assertFalse(reopened.note().isSigned());
        assertTrue(reopened.mayWrite());

        NoteDraft firstTab = reopened.note().toDraft();
        firstTab.setSection2("Calm, engaged.");
        long afterFirst =
                notes.saveDraft(session.getId(), saved.getVersion(), firstTab).getVersion();

        NoteDraft secondTab = saved.toDraft();
        secondTab.setSection2("Tearful at times.");
        EditConflict conflict =
                assertThrows(
                        EditConflict.class,
                        () -> notes.saveDraft(session.getId(), saved.getVersion(), secondTab));
        assertEquals(
                "Calm, engaged.",
                ((NoteDraft) conflict.current()).getSection2(),
                "the stored text comes back");
        assertEquals(afterFirst, conflict.currentVersion());
        assertEquals(
                "Calm, engaged.",
                notes.page(session.getId()).orElseThrow().note().toDraft().getSection2(),
                "nothing of the second writer overwrote the first");
        assertEquals(List.of("objective"), secondTab.differences((NoteDraft) conflict.current()));
    }

    @Test
    void signingNeedsTheRightPasswordAndACompleteNoteThenNothingChangesIt() {
        as(counselorX);
        Appointment session = pastSession(client("Signed"), 2);
        NoteDraft empty = notes.newDraft(session);
        InvalidRecord emptyNote =
                assertThrows(
                        InvalidRecord.class,
                        () -> notes.sign(session.getId(), null, empty, PASSWORD));
        assertTrue(
                emptyNote.problems().get("section1").contains("Write the note before signing"),
                emptyNote.problems().toString());

        NoteDraft draft = notes.newDraft(session);
        draft.setSection1("Discussed the week's arguments.");
        draft.setRiskLevel(RiskLevel.LOW);
        SessionNote saved = notes.saveDraft(session.getId(), null, draft);
        InvalidRecord noComment =
                assertThrows(
                        InvalidRecord.class,
                        () -> notes.sign(session.getId(), saved.getVersion(), draft, PASSWORD));
        assertTrue(
                noComment.problems().containsKey("riskComment"), noComment.problems().toString());

        draft.setRiskComment(
                "Passing thoughts of leaving the house after arguments; no intent; safety plan reviewed.");
        InvalidRecord wrong =
                assertThrows(
                        InvalidRecord.class,
                        () ->
                                notes.sign(
                                        session.getId(),
                                        saved.getVersion(),
                                        draft,
                                        "not-my-password"));
        assertTrue(wrong.problems().get("password").contains("not your password"));
        assertFalse(
                notes.page(session.getId()).orElseThrow().note().isSigned(),
                "a wrong password signs nothing");

        SessionNote signed = notes.sign(session.getId(), saved.getVersion(), draft, PASSWORD);
        assertTrue(signed.isSigned());
        assertEquals(64, signed.getContentHash().length());
        NotePage page = notes.page(session.getId()).orElseThrow();
        assertTrue(page.note().isIntact(), "the stored content matches its hash");
        assertFalse(page.mayWrite(), "a signed note opens read-only");

        NoteDraft crafted = page.note().toDraft();
        crafted.setSection1("Rewritten after signing.");
        InvalidRecord locked =
                assertThrows(
                        InvalidRecord.class,
                        () -> notes.saveDraft(session.getId(), page.note().getVersion(), crafted));
        assertTrue(
                locked.problems().get("").contains("can no longer be changed"),
                locked.problems().toString());
        assertThrows(
                InvalidRecord.class,
                () -> notes.sign(session.getId(), page.note().getVersion(), crafted, PASSWORD));
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals(
                "Discussed the week's arguments.",
                notes.page(session.getId()).orElseThrow().note().toDraft().getSection1(),
                "the signed text stands");
    }

    @Test
    void addendaAreSignedAndListedUnderTheNote() {
        as(counselorX);
        Appointment session = pastSession(client("Amended"), 4);
        NoteDraft draft = notes.newDraft(session);
        draft.setSection1("First version.");
        SessionNote note = notes.saveDraft(session.getId(), null, draft);
        assertThrows(
                InvalidRecord.class,
                () -> notes.addAddendum(note.getId(), "Too early.", PASSWORD),
                "a draft is edited, not amended");
        notes.sign(session.getId(), note.getVersion(), draft, PASSWORD);

        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> notes.addAddendum(note.getId(), " ", PASSWORD))
                        .problems()
                        .containsKey("addendum"));
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> notes.addAddendum(note.getId(), "x".repeat(10_001), PASSWORD))
                        .problems()
                        .containsKey("addendum"));
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> notes.addAddendum(note.getId(), "Correction.", "wrong"))
                        .problems()
                        .containsKey("addendumPassword"));
        notes.addAddendum(note.getId(), "Correction: the session was on the phone.", PASSWORD);

        as(admin);
        notes.addAddendum(note.getId(), "Reviewed by the clinical lead.", PASSWORD);
        List<Addendum> addenda = notes.page(session.getId()).orElseThrow().note().getAddenda();
        assertEquals(2, addenda.size());
        assertEquals("Correction: the session was on the phone.", addenda.get(0).getBody());
        assertEquals(counselorX.getId(), addenda.get(0).getAuthor().getId());
        assertEquals(
                admin.getId(),
                addenda.get(1).getAuthor().getId(),
                "each addendum has its own author");
        assertTrue(addenda.stream().allMatch(Addendum::isIntact));
    }

    @Test
    void aPrivateNoteIsReadByItsAuthorOnly() {
        as(counselorX);
        Client client = client("Private");
        Appointment session = pastSession(client, 5);
        NoteDraft draft = notes.newDraft(session);
        draft.setSection1("Record text.");
        SessionNote note = notes.saveDraft(session.getId(), null, draft);
        ProcessNote own =
                notes.saveProcessNote(
                        note.getId(), null, "My hunch: this echoes the parents' divorce.");
        assertEquals(
                "My hunch: this echoes the parents' divorce.",
                notes.page(session.getId()).orElseThrow().processNote().getBody(),
                "the author reads it");
        assertThrows(
                EditConflict.class, () -> notes.saveProcessNote(note.getId(), null, "Other tab."));
        notes.saveProcessNote(note.getId(), own.getVersion(), "Updated hunch.");

        as(admin);
        NotePage adminsView = notes.page(session.getId()).orElseThrow();
        assertNull(
                adminsView.processNote(),
                "an administrator reads the note but not the private note");
        assertThrows(
                NotVisible.class,
                () -> notes.saveProcessNote(note.getId(), null, "Admin's own?"),
                "only the session's counselor keeps a private note on it");
        as(counselorY);
        assertTrue(
                notes.page(session.getId()).isEmpty(),
                "another counselor does not see the note at all");
        assertTrue(notes.forExport(note.getId()).isEmpty());
        assertThrows(
                NotVisible.class,
                () -> notes.saveDraft(session.getId(), note.getVersion(), draft),
                "nor write it: the appointment is answered as not there");

        as(counselorX);
        String stored =
                (String)
                        em.createNativeQuery("SELECT body FROM process_note WHERE note_id = ?")
                                .setParameter(1, note.getId())
                                .getSingleResult();
        assertFalse(stored.contains("hunch"), "the private note is encrypted too");
    }

    @Test
    void clientsNeverReachNotes() {
        as(counselorX);
        Client client = client("Portal");
        Appointment session = pastSession(client, 6);
        NoteDraft draft = notes.newDraft(session);
        draft.setSection1("Text.");
        notes.saveDraft(session.getId(), null, draft);
        Account portal = account("portal", Role.CLIENT);
        as(portal);
        assertThrows(SecurityException.class, () -> notes.page(session.getId()));
        assertThrows(SecurityException.class, () -> notes.forClient(client.getId(), 20));
    }

    @Test
    void onlyTheSessionsCounselorWritesAndOnlyOnceTheSessionHasStarted() {
        as(counselorX);
        Client client = client("Timing");
        Appointment future = book(client, clock.today().plusDays(3), "10:00", false);
        NoteDraft draft = notes.newDraft(future);
        draft.setSection1("Too early.");
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> notes.saveDraft(future.getId(), null, draft))
                        .problems()
                        .get("")
                        .contains("has not started yet"));
        Appointment cancelled = pastSession(client, 7);
        scheduling.changeStatus(
                cancelled.getId(), AppointmentStatus.CANCELLED_BY_CLIENT, "Unwell", false);
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> notes.saveDraft(cancelled.getId(), null, draft))
                        .problems()
                        .get("")
                        .contains("cancelled"));
        as(admin);
        Appointment past = pastSession(client, 8, counselorX);
        assertFalse(
                notes.page(past.getId()).orElseThrow().mayWrite(),
                "an administrator reads but does not write notes");
        assertThrows(InvalidRecord.class, () -> notes.saveDraft(past.getId(), null, draft));

        as(counselorX);
        NoteDraft stranger = notes.newDraft(past);
        stranger.setSection1("Text.");
        stranger.setAttendeeIds(List.of(999_999_999L));
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> notes.saveDraft(past.getId(), null, stranger))
                        .problems()
                        .containsKey("attendeeIds"),
                "only the appointment's clients can be marked as present");
        stranger.setAttendeeIds(List.of(client.getId()));
        stranger.setInterventions(List.of("not-a-strategy"));
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> notes.saveDraft(past.getId(), null, stranger))
                        .problems()
                        .containsKey("interventions"));
        stranger.setInterventions(List.of("transparency"));
        stranger.setSection1("x".repeat(20_001));
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> notes.saveDraft(past.getId(), null, stranger))
                        .problems()
                        .containsKey("section1"),
                "an over-long section is refused");
        stranger.setSection1("Fine.");
        stranger.setSessionDate(clock.today().plusDays(1));
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> notes.saveDraft(past.getId(), null, stranger))
                        .problems()
                        .containsKey("sessionDate"));
        assertTrue(notes.page(past.getId()).orElseThrow().note() == null, "nothing was saved half");
    }

    @Test
    void aCoupleNoteShowsOnBothChartsAndAnIndividualNoteOnlyOnItsOwn() {
        as(counselorX);
        Client one = client("Partner One");
        Client two = client("Partner Two");
        Couple couple = couple(one, two);
        Appointment joint =
                book("couple:" + couple.getId(), clock.today().minusDays(9), "17:00", true);
        Appointment alone = pastSession(one, 10);
        write(joint, "Joint session text.");
        write(alone, "What partner one shared alone.");

        assertEquals(
                2,
                notes.forClient(one.getId(), 20).size(),
                "partner one's chart: their own note and the couple's");
        List<NoteSummary> twos = notes.forClient(two.getId(), 20).items();
        assertEquals(1, twos.size(), "partner two's chart shows the couple note only");
        assertTrue(twos.get(0).coupleNote());
        assertEquals(1, notes.forCouple(couple.getId(), 20).size());
        NotePage jointPage = notes.page(joint.getId()).orElseThrow();
        assertEquals(
                2,
                jointPage.note().getAttendees().size(),
                "both partners are marked as present by default");
    }

    @Test
    void noteTextIsEncryptedAtRestBoundToItsRowAndOldKeysStillReadAfterARotation()
            throws Exception {
        as(counselorX);
        Appointment session = pastSession(client("Encrypted"), 11);
        NoteDraft draft = notes.newDraft(session);
        draft.setSection1("Sensitive: the affair began in March.");
        draft.setRiskComment("None really.");
        SessionNote note = notes.saveDraft(session.getId(), null, draft);
        String column =
                (String)
                        em.createNativeQuery("SELECT section1 FROM session_note WHERE id = ?")
                                .setParameter(1, note.getId())
                                .getSingleResult();
        NoteCipher current = NoteKeys.cipher();
        assertTrue(column.startsWith("v2:" + current.currentKeyId() + ":"), column);
        assertFalse(column.contains("affair"), "the database column holds no plain text");
        assertEquals(
                "Sensitive: the affair began in March.",
                current.open(
                        column,
                        Sealing.place("session_note", "section1", note.getId().toString())));
        assertThrows(
                NoteCipher.NoteKeyException.class,
                () ->
                        current.open(
                                column,
                                Sealing.place("session_note", "section2", note.getId().toString())),
                "bound to its column");
        assertThrows(
                NoteCipher.NoteKeyException.class,
                () ->
                        current.open(
                                column,
                                Sealing.place(
                                        "session_note",
                                        "section1",
                                        String.valueOf(note.getId() + 1))),
                "bound to its row");

        // A value written before the rotation, with the old key
        String oldKey = ConfigProvider.getConfig().getValue("RAPPORT_NOTE_OLD_KEYS", String.class);
        NoteCipher old = NoteCipher.ofBase64(List.of(oldKey));
        sql(
                "UPDATE session_note SET section2 = '"
                        + old.seal(
                                "Written under the old key.",
                                Sealing.place("session_note", "section2", note.getId().toString()))
                        + "' WHERE id = ?",
                note.getId());
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals(
                "Written under the old key.",
                notes.page(session.getId()).orElseThrow().note().toDraft().getSection2(),
                "the old key still reads its values");

        // ... and in the other sealed columns: an entity's and a collection table's (sealed
        // deterministically)
        ClientDetails details = new ClientDetails();
        details.setLegalName("Rotated " + run);
        details.setConcernsNote("Placeholder.");
        details.getDiagnoses().add(new ClientDetails.DiagnosisLine("Z63.0", "Placeholder."));
        Client client = clients.create(details);
        String id = client.getId().toString();
        sql(
                "UPDATE client SET concerns_note = '"
                        + old.seal(
                                "Old-key concerns.", Sealing.place("client", "concerns_note", id))
                        + "' WHERE id = ?",
                client.getId());
        sql(
                "UPDATE client_diagnosis SET label = '"
                        + old.sealDeterministic(
                                "Old-key label", Sealing.place("client_diagnosis", "label", id))
                        + "' WHERE client_id = ?",
                client.getId());

        assertTrue(atRest.reencrypt(current) >= 3);
        String rotated =
                (String)
                        em.createNativeQuery("SELECT section2 FROM session_note WHERE id = ?")
                                .setParameter(1, note.getId())
                                .getSingleResult();
        assertTrue(
                rotated.startsWith("v2:" + current.currentKeyId() + ":"),
                "re-encrypted under the current key");
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals(
                "Written under the old key.",
                notes.page(session.getId()).orElseThrow().note().toDraft().getSection2());
        Object[] clientRow =
                (Object[])
                        em.createNativeQuery(
                                        "SELECT c.concerns_note, d.label FROM client c JOIN"
                                                + " client_diagnosis d ON d.client_id = c.id WHERE c.id = ?")
                                .setParameter(1, client.getId())
                                .getSingleResult();
        assertEquals(
                "Old-key concerns.",
                current.open((String) clientRow[0], Sealing.place("client", "concerns_note", id)));
        assertEquals(
                current.sealDeterministic(
                        "Old-key label", Sealing.place("client_diagnosis", "label", id)),
                clientRow[1],
                "re-encrypted deterministically under the current key");
        Client reread = clients.find(client.getId()).orElseThrow();
        assertEquals("Old-key concerns.", reread.getConcernsNote());
        assertEquals("Old-key label", reread.getDiagnoses().get(0).getLabel());
    }

    @Test
    void aCiphertextMovedToAnotherRowReadsAsDamagedAndAFirstFormatValueIsSealedInPlace()
            throws Exception {
        as(counselorX);
        Appointment first = pastSession(client("Swap one"), 15);
        Appointment second = pastSession(client("Swap two"), 16);
        SessionNote one = write(first, "What the first client said.");
        SessionNote two = write(second, "What the second client said.");
        sql(
                "UPDATE session_note SET section1 = (SELECT s FROM (SELECT section1 AS s FROM session_note WHERE id = "
                        + one.getId()
                        + ") copied) WHERE id = ?",
                two.getId());
        em.getEntityManagerFactory().getCache().evictAll();
        NotePage page = notes.page(second.getId()).orElseThrow();
        assertEquals(
                Sealing.DAMAGED,
                page.note().toDraft().getSection1(),
                "a ciphertext copied from another row does not decrypt there: the page says so, without an error");
        assertEquals(
                "What the first client said.",
                notes.page(first.getId()).orElseThrow().note().toDraft().getSection1());

        // A note value in the first format (one context for every value) is sealed to its row at
        // start-up
        Appointment third = pastSession(client("First format"), 17);
        SessionNote three = write(third, "Placeholder.");
        sql(
                "UPDATE session_note SET section1 = '"
                        + NoteKeys.cipher().encrypt("Written before sealing.")
                        + "', section3 = 'Plain text from before.' WHERE id = ?",
                three.getId());
        sql(
                "DELETE FROM at_rest_migration WHERE sealed_column IN ('session_note.section1', 'session_note.section3')"
                        + " AND 0 < ?",
                1L);
        assertTrue(atRest.sealEarlierValues(NoteKeys.cipher()) >= 2);
        String stored =
                (String)
                        em.createNativeQuery(
                                        "SELECT CONCAT(section1, ' ', section3) FROM session_note WHERE id = ?")
                                .setParameter(1, three.getId())
                                .getSingleResult();
        assertTrue(stored.startsWith("v2:"), stored);
        assertFalse(stored.contains("Plain text"), stored);
        em.getEntityManagerFactory().getCache().evictAll();
        NoteDraft reread = notes.page(third.getId()).orElseThrow().note().toDraft();
        assertEquals("Written before sealing.", reread.getSection1());
        assertEquals("Plain text from before.", reread.getSection3());
    }

    @Test
    void theDatabaseItselfRefusesChangesToSignedNotesAndAddendaButNotToDrafts() throws Exception {
        as(counselorX);
        Appointment draftSession = pastSession(client("Trigger draft"), 13);
        NoteDraft draft = notes.newDraft(draftSession);
        draft.setSection1("Still a draft.");
        SessionNote open = notes.saveDraft(draftSession.getId(), null, draft);
        assertEquals(
                1,
                sql(
                        "UPDATE session_note SET section1 = section2, length_minutes = 45 WHERE id = ?",
                        open.getId()),
                "a draft stays editable");

        Appointment session = pastSession(client("Trigger signed"), 14);
        draft = notes.newDraft(session);
        draft.setSection1("Signed text.");
        SessionNote saved = notes.saveDraft(session.getId(), null, draft);
        SessionNote signed = notes.sign(session.getId(), saved.getVersion(), draft, PASSWORD);
        notes.addAddendum(signed.getId(), "An addendum.", PASSWORD);
        long addendum =
                ((Number)
                                em.createNativeQuery(
                                                "SELECT id FROM note_addendum WHERE note_id = ?")
                                        .setParameter(1, signed.getId())
                                        .getSingleResult())
                        .longValue();
        String otherCiphertext =
                (String)
                        em.createNativeQuery("SELECT section1 FROM session_note WHERE id = ?")
                                .setParameter(1, open.getId())
                                .getSingleResult();

        assertRefused(
                "UPDATE session_note SET section1 = 'Rewritten' WHERE id = ?", signed.getId());
        assertRefused("UPDATE session_note SET section1 = NULL WHERE id = ?", signed.getId());
        assertRefused(
                "UPDATE session_note SET signed_at = NULL, signed_by = NULL, content_hash = NULL WHERE id = ?",
                signed.getId());
        assertRefused(
                "UPDATE session_note SET session_date = session_date - INTERVAL 1 DAY WHERE id = ?",
                signed.getId());
        assertRefused("DELETE FROM session_note WHERE id = ?", signed.getId());
        assertRefused("UPDATE note_addendum SET body = 'Rewritten' WHERE id = ?", addendum);
        assertRefused("DELETE FROM note_addendum WHERE id = ?", addendum);
        // Without the re-encryption flag even a well-formed ciphertext is refused
        assertRefused(
                "UPDATE session_note SET section1 = '" + otherCiphertext + "' WHERE id = ?",
                signed.getId());

        em.getEntityManagerFactory().getCache().evictAll();
        NotePage page = notes.page(session.getId()).orElseThrow();
        assertEquals("Signed text.", page.note().toDraft().getSection1(), "the signed text stands");
        assertTrue(page.note().isIntact());
        assertEquals(1, page.note().getAddenda().size());
    }

    /** Runs one data-changing statement in its own transaction; returns the rows changed. */
    private int sql(String statement, long id) throws Exception {
        transaction.begin();
        try {
            int changed = em.createNativeQuery(statement).setParameter(1, id).executeUpdate();
            transaction.commit();
            return changed;
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
    }

    private void assertRefused(String statement, long id) {
        String sqlState = null;
        try {
            sql(statement, id);
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sqlException) {
                    sqlState = sqlException.getSQLState();
                }
            }
        }
        assertEquals("45000", sqlState, "refused by the trigger: " + statement);
    }

    @Test
    void theMissingNotesReportListsSessionsHeldWithoutASignedNoteOldestFirst() {
        as(counselorX);
        Client client = client("Missing");
        Appointment older = pastSession(client, 20);
        Appointment newer = pastSession(client, 12);
        scheduling.changeStatus(older.getId(), AppointmentStatus.COMPLETED, null, false);
        scheduling.changeStatus(newer.getId(), AppointmentStatus.COMPLETED, null, false);
        write(newer, "Started, not signed.");

        java.util.Set<Long> mine = java.util.Set.of(older.getId(), newer.getId());
        List<MissingNotes.Row> rows =
                notes.missingNotes(null, 500).rows().stream()
                        .filter(r -> mine.contains(r.appointmentId()))
                        .toList();
        assertEquals(
                List.of(older.getId(), newer.getId()),
                rows.stream().map(MissingNotes.Row::appointmentId).toList(),
                "oldest first");
        assertFalse(rows.get(0).draftStarted());
        assertTrue(rows.get(1).draftStarted());
        assertEquals(20, rows.get(0).daysAgo());

        NoteDraft draft = notes.page(newer.getId()).orElseThrow().note().toDraft();
        notes.sign(
                newer.getId(),
                notes.page(newer.getId()).orElseThrow().note().getVersion(),
                draft,
                PASSWORD);
        assertEquals(
                List.of(older.getId()),
                notes.missingNotes(null, 500).rows().stream()
                        .filter(r -> mine.contains(r.appointmentId()))
                        .map(MissingNotes.Row::appointmentId)
                        .toList(),
                "a signed note leaves the report");

        // a past session nobody marked happened all the same: it waits for its note until someone
        // records a no-show
        Appointment unmarked = pastSession(client, 5);
        Appointment cancelled = pastSession(client, 4);
        scheduling.changeStatus(
                cancelled.getId(), AppointmentStatus.CANCELLED_BY_CLIENT, null, false);
        Appointment ahead = book(client, clock.today().plusDays(2), "10:00", false);
        java.util.Set<Long> more =
                java.util.Set.of(unmarked.getId(), cancelled.getId(), ahead.getId());
        assertEquals(
                List.of(unmarked.getId()),
                notes.missingNotes(null, 500).rows().stream()
                        .filter(r -> more.contains(r.appointmentId()))
                        .map(MissingNotes.Row::appointmentId)
                        .toList(),
                "the unmarked past session, not the cancelled one nor the one to come");
        scheduling.changeStatus(unmarked.getId(), AppointmentStatus.NO_SHOW, null, false);
        assertTrue(
                notes.missingNotes(null, 500).rows().stream()
                        .noneMatch(r -> more.contains(r.appointmentId())),
                "a no-show has no note to write");

        as(counselorY);
        assertTrue(
                notes.missingNotes(null, 500).rows().stream()
                        .noneMatch(r -> mine.contains(r.appointmentId())),
                "another counselor's report does not list them");
        as(admin);
        MissingNotes all = notes.missingNotes(counselorX.getId(), 500);
        assertEquals(1, all.rows().stream().filter(r -> mine.contains(r.appointmentId())).count());
        assertEquals(1, all.counselors().size(), "filtered to one counselor");
    }

    // ---- builders

    private SessionNote write(Appointment appointment, String text) {
        NoteDraft draft =
                notes.newDraft(notes.page(appointment.getId()).orElseThrow().appointment());
        draft.setSection1(text);
        return notes.saveDraft(appointment.getId(), null, draft);
    }

    private Appointment pastSession(Client client, int daysAgo) {
        return book("client:" + client.getId(), clock.today().minusDays(daysAgo), "10:00", true);
    }

    private Appointment pastSession(Client client, int daysAgo, Account counselor) {
        AppointmentDetails details =
                details(
                        "client:" + client.getId(),
                        clock.today().minusDays(daysAgo),
                        "10:00",
                        true);
        details.setCounselorId(counselor.getId());
        return scheduling.book(details).get(0);
    }

    private Appointment book(Client client, LocalDate day, String start, boolean past) {
        return book("client:" + client.getId(), day, start, past);
    }

    private Appointment book(String with, LocalDate day, String start, boolean past) {
        return scheduling.book(details(with, day, start, past)).get(0);
    }

    private static AppointmentDetails details(
            String with, LocalDate day, String start, boolean past) {
        AppointmentDetails details = new AppointmentDetails();
        details.setWith(with);
        details.setDate(day);
        details.setStartTime(LocalTime.parse(start));
        details.setEndTime(LocalTime.parse(start).plusMinutes(50));
        details.setKind(
                with.startsWith("couple") ? AppointmentKind.COUPLE : AppointmentKind.INDIVIDUAL);
        details.setModality(Modality.IN_PERSON);
        details.setPastConfirmed(past);
        return details;
    }

    private Client client(String name) {
        ClientDetails details = new ClientDetails();
        details.setLegalName(name + " " + run);
        details.setPreferredName(name);
        return clients.create(details);
    }

    private Couple couple(Client one, Client two) {
        CoupleDetails details = new CoupleDetails();
        details.setPartnerOneId(one.getId());
        details.setPartnerTwoId(two.getId());
        details.setRelationshipType(RelationshipType.MARRIED);
        details.setConfidentiality(Confidentiality.NO_SECRETS);
        return couples.create(details);
    }

    private void as(Account account) {
        request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, account);
    }

    private Account account(String name, Role role) {
        return accounts.createWithPasswordHash(
                name + run + "@test.invalid",
                name + " " + run,
                role,
                role == Role.CLIENT ? null : PasswordHasher.hash(PASSWORD));
    }
}
