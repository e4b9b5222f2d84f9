package org.rapport.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.rapport.clients.Client;
import org.rapport.clients.Couple;
import org.rapport.homework.Strategy;
import org.rapport.identity.Account;
import org.rapport.identity.AccountService;
import org.rapport.identity.PracticeSetup;
import org.rapport.identity.Role;
import org.rapport.notes.MissingNotes;
import org.rapport.notes.NoteDraft;
import org.rapport.notes.NoteFormat;
import org.rapport.notes.NoteService;
import org.rapport.notes.RiskLevel;
import org.rapport.notes.SessionNote;
import org.rapport.platform.PracticeClock;
import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.DemoAppointmentsCreated;

/**
 * The demo practice's session notes, from {@code notes.json}, so that note pages, charts, the PDF
 * export and the "notes to write" report have something believable to show. Alex & Sam's couple
 * work moves from assessment feedback and ground rules through a transparency routine and a setback
 * to small victories; their latest session is still an unsigned draft, their second note carries an
 * addendum and their latest signed note a private process note. Marcus Bell's and Leon Becker's
 * latest sessions have no note yet. One of Priya & Dan's sessions was attended by Priya alone, and
 * one of Elena Petrova's notes records a low risk with a safety plan. Sessions beyond a storyline
 * get plain notes from a few rotating themes.
 *
 * <p>Written as the counselors write them, through the note service: each counselor takes their
 * "notes to write" list, saves a draft 40 minutes after the session, signs it with their password a
 * quarter of an hour later, and adds an addendum the next morning, on the replayed practice clock.
 */
@ApplicationScoped
public class DemoNotes {

    private static final Duration DRAFTED = Duration.ofMinutes(40);
    private static final Duration PRIVATE_NOTE = Duration.ofMinutes(50);
    private static final Duration SIGNED = Duration.ofMinutes(55);
    private static final LocalTime NEXT_MORNING = LocalTime.of(9, 10);

    @Inject private NoteService notes;

    @Inject private AccountService accounts;

    @Inject private DemoSteps steps;

    @Inject private PracticeClock clock;

    @ActivateRequestContext
    void load(@Observes DemoAppointmentsCreated created) {
        Notes data = DemoData.read("notes.json", Notes.class);
        Map<String, Storyline> storylines =
                data.storylines.stream()
                        .collect(
                                Collectors.toMap(
                                        s -> s.who, s -> s, (a, b) -> a, LinkedHashMap::new));
        for (Account counselor : accounts.staff()) {
            if (counselor.getRole() != Role.COUNSELOR) {
                continue;
            }
            // the counselor's completed sessions without a signed note, oldest first, grouped by
            // whom they were with
            Map<String, List<Appointment>> byWho = new LinkedHashMap<>();
            steps.as(
                    counselor,
                    clock.now(),
                    () -> {
                        // only keys the library knows: an unknown one is refused
                        Set<String> known =
                                notes.interventions().stream()
                                        .map(Strategy::getKey)
                                        .collect(Collectors.toSet());
                        for (MissingNotes.Row row : notes.missingNotes(null, 1000).rows()) {
                            Appointment appointment =
                                    notes.page(row.appointmentId()).orElseThrow().appointment();
                            byWho.computeIfAbsent(who(appointment), k -> new ArrayList<>())
                                    .add(appointment);
                        }
                        data.known = known;
                        return null;
                    });
            byWho.forEach(
                    (who, sessions) -> write(counselor, data, storylines.get(who), who, sessions));
        }
    }

    /** One person's or couple's sessions, oldest first: session 1, 2, 3 … */
    private void write(
            Account counselor,
            Notes data,
            Storyline story,
            String who,
            List<Appointment> sessions) {
        int last = sessions.size() - 1;
        for (int i = 0; i <= last; i++) {
            Appointment appointment = sessions.get(i);
            if (i == last && data.latestLeftWithoutNote.contains(who)) {
                continue;
            }
            boolean sign = !(story != null && story.latestAsDraft != null && i == last);
            NoteFormat format = story != null ? story.format : data.fallbackFormat(appointment);
            Text text;
            if (!sign) {
                text = story.latestAsDraft;
            } else if (story != null && i < story.sessions.size()) {
                text = story.sessions.get(i);
            } else {
                text = data.themes.get(i % data.themes.size()).text(format, names(appointment));
            }
            NoteDraft draft = draft(appointment, format, text, data.known);
            Instant end = appointment.getEndsAt();
            long appointmentId = appointment.getId();
            SessionNote note =
                    steps.as(
                            counselor,
                            end.plus(DRAFTED),
                            () -> notes.saveDraft(appointmentId, null, draft));
            if (story != null
                    && story.processNote != null
                    && i == last - story.processNote.sessionsBeforeLatest) {
                steps.as(
                        counselor,
                        end.plus(PRIVATE_NOTE),
                        () -> notes.saveProcessNote(note.getId(), null, story.processNote.text));
            }
            if (!sign) {
                continue;
            }
            long version = note.getVersion();
            steps.as(
                    counselor,
                    end.plus(SIGNED),
                    () -> notes.sign(appointmentId, version, draft, PracticeSetup.DEMO_PASSWORD));
            if (story != null && story.addendum != null && i == story.addendum.session - 1) {
                LocalDate day = draft.getSessionDate().plusDays(story.addendum.daysLater);
                steps.as(
                        counselor,
                        DemoData.at(day, NEXT_MORNING, clock.zone()),
                        () ->
                                notes.addAddendum(
                                        note.getId(),
                                        story.addendum.text,
                                        PracticeSetup.DEMO_PASSWORD));
            }
        }
    }

    private NoteDraft draft(
            Appointment appointment, NoteFormat format, Text text, Set<String> known) {
        NoteDraft draft = new NoteDraft();
        draft.setFormat(format);
        draft.setSessionDate(appointment.getStartsAt().atZone(clock.zone()).toLocalDate());
        draft.setLengthMinutes(
                (int)
                        Duration.between(appointment.getStartsAt(), appointment.getEndsAt())
                                .toMinutes());
        draft.setAttendeeIds(attendees(appointment, text.onlyAttending));
        draft.setInterventions(text.interventions.stream().filter(known::contains).toList());
        draft.setOtherInterventions(text.otherInterventions);
        if (text.lowRisk != null) {
            draft.setRiskLevel(RiskLevel.LOW);
            draft.setRiskComment(text.lowRisk);
        }
        draft.setSection1(text.section(0));
        draft.setSection2(text.section(1));
        draft.setSection3(text.section(2));
        draft.setSection4(text.section(3));
        draft.setHomeworkReviewed(text.homeworkReviewed);
        draft.setHomeworkAssigned(text.homeworkAssigned);
        return draft;
    }

    /**
     * Everyone booked, or only the named partner when the text says one came alone (if that partner
     * is booked).
     */
    private static List<Long> attendees(Appointment appointment, String alone) {
        List<Client> present = new ArrayList<>(appointment.getAttendees());
        if (alone != null && present.stream().anyMatch(c -> alone.equals(c.getFirstName()))) {
            present.removeIf(c -> !alone.equals(c.getFirstName()));
        }
        return present.stream().map(Client::getId).sorted().toList();
    }

    private static String who(Appointment appointment) {
        return appointment.getCouple() != null
                ? appointment.getCouple().getName()
                : appointment.getClient().getLegalName();
    }

    /** A first name, or "Alex and Sam". */
    private static String names(Appointment appointment) {
        Couple couple = appointment.getCouple();
        return couple != null
                ? couple.getPartnerOne().getFirstName()
                        + " and "
                        + couple.getPartnerTwo().getFirstName()
                : appointment.getClient().getFirstName();
    }

    // ---------------------------------------------------------------- notes.json

    public static class Notes {
        /** Whose latest session is left without a note, so the "notes to write" report lists it. */
        public List<String> latestLeftWithoutNote = List.of();

        /**
         * The format of a note without a storyline: by counselor (e-mail), else for a couple or an
         * individual.
         */
        public Map<String, NoteFormat> fallbackFormatByCounselor = Map.of();

        public NoteFormat fallbackFormatForCouples = NoteFormat.SOAP;
        public NoteFormat fallbackFormatForIndividuals = NoteFormat.DAP;
        public List<Storyline> storylines = List.of();
        public List<Theme> themes = List.of();

        /** The intervention keys the library knows (read at load). */
        transient Set<String> known = Set.of();

        NoteFormat fallbackFormat(Appointment appointment) {
            NoteFormat byCounselor =
                    fallbackFormatByCounselor.get(appointment.getCounselor().getEmail());
            if (byCounselor != null) {
                return byCounselor;
            }
            return appointment.getCouple() != null
                    ? fallbackFormatForCouples
                    : fallbackFormatForIndividuals;
        }
    }

    /**
     * A person's (legal name) or couple's (name) sessions in order, in their counselor's format.
     */
    public static class Storyline {
        public String who;
        public NoteFormat format;
        public List<Text> sessions = List.of();

        /** When set, the latest session's note is this draft, not signed. */
        public Text latestAsDraft;

        public Addendum addendum;
        public PrivateNote processNote;
    }

    /**
     * An addendum to the note of session {@code session} (from 1), {@code daysLater} in the
     * morning.
     */
    public static class Addendum {
        public int session;
        public int daysLater = 1;
        public String text;
    }

    /**
     * The counselor's private process note on the session {@code sessionsBeforeLatest} before the
     * latest.
     */
    public static class PrivateNote {
        public int sessionsBeforeLatest;
        public String text;
    }

    /** One session's note: the format's sections in order, and what goes around them. */
    public static class Text {
        public List<String> interventions = List.of();
        public List<String> sections = List.of();
        public String otherInterventions;
        public String homeworkReviewed;
        public String homeworkAssigned;

        /** When set, a low risk, with this comment on what was done about it. */
        public String lowRisk;

        /** Only this partner (by first name) came to the couple session. */
        public String onlyAttending;

        String section(int index) {
            return index < sections.size() ? sections.get(index) : null;
        }
    }

    /** A plain note's sentences, from which each format takes what it needs ({name}: who came). */
    public static class Theme {
        public List<String> interventions = List.of();
        public String reported;
        public String observed;
        public String assessment;
        public String plan;
        public String intervention;
        public String response;
        public String assigned;

        Text text(NoteFormat format, String name) {
            String told = reported.replace("{name}", name);
            Text text = new Text();
            text.interventions = interventions;
            text.sections =
                    switch (format) {
                        case SOAP -> List.of(told, observed, assessment, plan);
                        case DAP -> List.of(told + " " + observed, assessment, plan);
                        case BIRP ->
                                List.of(
                                        told + " " + observed,
                                        intervention,
                                        response.replace("{name}", name),
                                        plan);
                        case PROGRESS ->
                                List.of(
                                        told
                                                + " "
                                                + observed
                                                + " "
                                                + assessment
                                                + " Plan: "
                                                + plan);
                    };
            text.homeworkAssigned = assigned;
            return text;
        }
    }
}
