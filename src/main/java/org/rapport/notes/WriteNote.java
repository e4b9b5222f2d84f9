package org.rapport.notes;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.clients.Client;
import org.rapport.homework.Strategy;
import org.rapport.platform.Dates;
import org.rapport.platform.FieldMessages;
import org.rapport.platform.Ids;
import org.rapport.platform.NotFound;
import org.rapport.platform.Pages;
import org.rapport.platform.PracticeClock;
import org.rapport.scheduling.Appointment;

/**
 * The note page of one appointment: the draft the counselor writes (saved every few seconds and
 * when a field loses focus), signing it with their password, the signed note with its addenda, and
 * the counselor's private process note.
 */
@Named
@ViewScoped
public class WriteNote implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject private NoteService notes;

    @Inject private PracticeClock clock;

    private String appointmentParam;
    private long appointmentId; // kept in the session: what to load again after a fail-over
    // shown data is not part of the session copy: loaded again after a fail-over (what is typed
    // stays)
    private transient Appointment appointment;
    private transient SessionNote note;
    private transient boolean
            pageLoaded; // the note may be null (none yet): load the page once only
    private boolean mayWrite;
    private String whyNotWritable;
    private boolean ownSession;
    private NoteDraft draft;
    private Long version;
    private Instant savedAt;
    private String password;
    private NoteDraft theirs;
    private long theirVersion;
    private String theirAuthor;
    private List<String> differing = List.of();
    private String addendum;
    private String addendumPassword;
    private String processNote;
    private Long processVersion;
    private Instant processSavedAt;
    private String processConflict;
    private transient List<Strategy> strategies;

    public void open() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Long id = Ids.parse(appointmentParam);
        NotePage page = id == null ? null : notes.page(id).orElse(null);
        if (page == null) {
            NotFound.respond();
            return;
        }
        appointmentId = id;
        show(page);
        strategies = notes.interventions();
    }

    private void show(NotePage page) {
        appointment = page.appointment();
        note = page.note();
        pageLoaded = true;
        mayWrite = page.mayWrite();
        whyNotWritable = page.whyNotWritable();
        ownSession = page.ownSession();
        SessionNote shown = page.note();
        draft = shown != null ? shown.toDraft() : notes.newDraft(page.appointment());
        version = shown == null ? null : shown.getVersion();
        savedAt = shown == null ? null : shown.getUpdatedAt();
        if (page.processNote() != null) {
            processNote = page.processNote().getBody();
            processVersion = page.processNote().getVersion();
            processSavedAt = page.processNote().getUpdatedAt();
        }
    }

    /**
     * Autosave and "Save draft": stores what is typed; answers with the saved time, a conflict or
     * messages.
     */
    public void save() {
        if (!mayWrite || theirs != null) {
            return;
        }
        Pages.run(
                "note",
                this::store,
                conflict -> {
                    theirs = (NoteDraft) conflict.current();
                    theirVersion = conflict.currentVersion();
                    theirAuthor =
                            conflict.changedBy()
                                    + " at "
                                    + TIME.format(conflict.changedAt().atZone(clock.zone()));
                    differing = draft.differences(theirs);
                });
    }

    private void store() {
        SessionNote saved = notes.saveDraft(appointmentId, version, draft);
        note = saved;
        version = saved.getVersion();
        savedAt = saved.getUpdatedAt();
    }

    /**
     * Loads the appointment and its note again after a fail-over (once: the note may be null). Only
     * the shown parts: the draft, versions and private note being typed are kept in the session.
     */
    private void loadPage() {
        if (!pageLoaded && appointmentId != 0) {
            notes.page(appointmentId)
                    .ifPresent(
                            page -> {
                                appointment = page.appointment();
                                note = page.note();
                            });
            pageLoaded = true;
        }
    }

    private Appointment appointment() {
        loadPage();
        return appointment;
    }

    private SessionNote note() {
        loadPage();
        return note;
    }

    private List<Strategy> strategies() {
        if (strategies == null && appointmentId != 0) {
            strategies = notes.interventions();
        }
        return strategies == null ? List.of() : strategies;
    }

    /** Keeps what this page holds and saves it over the other version. */
    public void keepMine() {
        version = theirVersion;
        theirs = null;
        save();
    }

    /** Takes the stored version; what this page held is shown beside it until the page is left. */
    public void takeTheirs() {
        draft = theirs;
        version = theirVersion;
        theirs = null;
        differing = List.of();
    }

    /** Saves the text, then signs it with the password. */
    public String sign() {
        if (!mayWrite) {
            FieldMessages.error("note:messages", whyNotWritable);
            return null;
        }
        String signed =
                Pages.act(
                        "note",
                        () -> {
                            store();
                            SessionNote note = notes.sign(appointmentId, version, draft, password);
                            return "note.xhtml?appointment="
                                    + note.getAppointment().getId()
                                    + "&signed=true&faces-redirect=true";
                        },
                        conflict -> {
                            theirs = (NoteDraft) conflict.current();
                            theirVersion = conflict.currentVersion();
                            theirAuthor = conflict.changedBy();
                            differing = draft.differences(theirs);
                        });
        password = null;
        return signed;
    }

    public String addAddendum() {
        String added =
                Pages.act(
                        "addenda",
                        () -> {
                            notes.addAddendum(note().getId(), addendum, addendumPassword);
                            return "note.xhtml?appointment="
                                    + appointmentId
                                    + "&addendum=true&faces-redirect=true";
                        });
        addendumPassword = null;
        return added;
    }

    /** Saves the private note (creating the draft note first if there is none yet). */
    public void saveProcessNote() {
        if (!ownSession || processConflict != null) {
            return;
        }
        Pages.run(
                "private",
                () -> {
                    if (note() == null) {
                        store();
                    }
                    ProcessNote saved =
                            notes.saveProcessNote(note().getId(), processVersion, processNote);
                    processVersion = saved.getVersion();
                    processSavedAt = saved.getUpdatedAt();
                },
                conflict -> {
                    processConflict = (String) conflict.current();
                    processVersion = conflict.currentVersion();
                });
    }

    /** After a conflict on the private note: keep what this page holds (saved over the other). */
    public void keepMyProcessNote() {
        processConflict = null;
        saveProcessNote();
    }

    public String getSavedLabel() {
        if (theirs != null) {
            return "Not saved: someone else saved this note meanwhile";
        }
        return savedAt == null
                ? "Not saved yet"
                : "Saved " + Dates.saved(savedAt, clock.zone(), clock.today());
    }

    public String getProcessSavedLabel() {
        return processSavedAt == null
                ? "Not saved yet"
                : "Saved " + Dates.saved(processSavedAt, clock.zone(), clock.today());
    }

    public String getWhen() {
        Appointment shown = appointment();
        return WHEN.format(shown.getStartsAt().atZone(clock.zone()))
                + "–"
                + DateTimeFormatter.ofPattern("HH:mm")
                        .format(shown.getEndsAt().atZone(clock.zone()));
    }

    public String signedLabel(Instant at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH)
                        .format(at.atZone(clock.zone()));
    }

    public List<Client> getAttendeeChoices() {
        return appointment().getAttendees().stream()
                .sorted(java.util.Comparator.comparing(Client::getId))
                .toList();
    }

    public List<NoteFormat> getFormats() {
        return List.of(NoteFormat.values());
    }

    public List<RiskLevel> getRiskLevels() {
        return List.of(RiskLevel.values());
    }

    public List<NoteFormat.Section> getSections() {
        return draft.getFormat().getSections();
    }

    /** Names of the interventions a signed note lists. */
    public List<String> getInterventionNames() {
        SessionNote shown = note();
        if (shown == null) {
            return List.of();
        }
        return strategies().stream()
                .filter(s -> shown.getInterventions().contains(s.getKey()))
                .map(Strategy::getName)
                .toList();
    }

    /** "Transparency, Regular check-ins; genogram" or "None recorded". */
    public String getInterventionText() {
        List<String> names = new java.util.ArrayList<>(getInterventionNames());
        String text = String.join(", ", names);
        SessionNote shown = note();
        if (shown != null && shown.getOtherInterventions() != null) {
            text =
                    text.isEmpty()
                            ? shown.getOtherInterventions()
                            : text + "; " + shown.getOtherInterventions();
        }
        return text.isEmpty() ? "None recorded" : text;
    }

    public String getDifferingText() {
        return differing.isEmpty() ? "nothing visible" : String.join(", ", differing);
    }

    public String getAttendeeNames() {
        SessionNote shown = note();
        return shown == null
                ? ""
                : shown.getAttendees().stream()
                        .sorted(java.util.Comparator.comparing(Client::getId))
                        .map(Client::getName)
                        .reduce((a, b) -> a + " and " + b)
                        .orElse("");
    }

    public String theirSection(int index) {
        return theirs == null ? null : theirs.section(index);
    }

    public String getAppointment() {
        return appointmentParam;
    }

    public void setAppointment(String appointment) {
        this.appointmentParam = appointment;
    }

    public Appointment getAppointmentRecord() {
        return appointment();
    }

    public SessionNote getNote() {
        return note();
    }

    public boolean isMayWrite() {
        return mayWrite;
    }

    public String getWhyNotWritable() {
        return whyNotWritable;
    }

    public boolean isOwnSession() {
        return ownSession;
    }

    public NoteDraft getDraft() {
        return draft;
    }

    public Long getVersion() {
        return version;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public NoteDraft getTheirs() {
        return theirs;
    }

    public String getTheirAuthor() {
        return theirAuthor;
    }

    public List<String> getDiffering() {
        return differing;
    }

    public String getAddendum() {
        return addendum;
    }

    public void setAddendum(String addendum) {
        this.addendum = addendum;
    }

    public String getAddendumPassword() {
        return addendumPassword;
    }

    public void setAddendumPassword(String addendumPassword) {
        this.addendumPassword = addendumPassword;
    }

    public String getProcessNote() {
        return processNote;
    }

    public void setProcessNote(String processNote) {
        this.processNote = processNote;
    }

    public String getProcessConflict() {
        return processConflict;
    }

    public List<Strategy> getStrategies() {
        return strategies();
    }
}
