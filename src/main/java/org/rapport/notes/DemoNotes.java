package org.rapport.notes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.rapport.clients.Client;
import org.rapport.clients.Couple;
import org.rapport.homework.Strategy;
import org.rapport.platform.PracticeClock;
import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.DemoAppointmentsCreated;

/**
 * The demo practice's session notes for its completed appointments, so that note pages, charts, the PDF
 * export and the "notes to write" report have something believable to show. Alex & Sam's couple work
 * moves from assessment feedback and ground rules through a transparency routine and a setback to small
 * victories; their latest session is still an unsigned draft, their second note carries an addendum and
 * their latest signed note a private process note. Marcus Bell's and Leon Becker's latest sessions have no
 * note yet. One of Priya & Dan's sessions was attended by Priya alone, and one of Elena Petrova's notes
 * records a low risk with a safety plan. Morgan Lee writes SOAP for couples and DAP for individuals (a
 * progress note for Noah Fischer); Jordan Reyes writes BIRP. Every name and story is invented.
 */
@ApplicationScoped
public class DemoNotes {

    private static final String ALEX_AND_SAM = "Alex & Sam";
    private static final String JORDAN = "jordan@rapport.demo";
    /** Whose latest session is left without a note, so the "notes to write" report lists it. */
    private static final Set<String> LATEST_LEFT_OPEN = Set.of("Marcus Bell", "Leon Becker");

    @Inject
    private NoteService notes;

    @Inject
    private PracticeClock clock;

    void load(@Observes DemoAppointmentsCreated created) {
        Map<String, List<Appointment>> byWho = new LinkedHashMap<>();
        for (Appointment appointment : notes.completedForDemo()) {
            byWho.computeIfAbsent(who(appointment), k -> new ArrayList<>()).add(appointment);
        }
        // Only keys the library knows: an unknown one would break the note's foreign key.
        Set<String> known = notes.interventions().stream().map(Strategy::getKey).collect(Collectors.toSet());
        byWho.forEach((who, sessions) -> write(who, sessions, known));
    }

    /** One person's or couple's sessions, oldest first: session 1, 2, 3 … */
    private void write(String who, List<Appointment> sessions, Set<String> known) {
        Story story = story(who);
        boolean alexAndSam = ALEX_AND_SAM.equals(who);
        int last = sessions.size() - 1;
        for (int i = 0; i <= last; i++) {
            Appointment appointment = sessions.get(i);
            if (i == last && LATEST_LEFT_OPEN.contains(who)) {
                continue;
            }
            boolean sign = !(alexAndSam && i == last);
            NoteFormat format = story != null ? story.format() : defaultFormat(appointment);
            Text text;
            if (!sign) {
                text = ALEX_AND_SAM_DRAFT;
            } else if (story != null && i < story.sessions().size()) {
                text = story.sessions().get(i);
            } else {
                text = fallback(appointment, format, i);
            }
            String addendum = alexAndSam && sign && i == 1 ? ALEX_AND_SAM_ADDENDUM : null;
            String processNote = alexAndSam && i == last - 1 ? ALEX_AND_SAM_PROCESS_NOTE : null;
            notes.writeForDemo(appointment, draft(appointment, format, text, known), sign, addendum, processNote);
        }
    }

    private NoteDraft draft(Appointment appointment, NoteFormat format, Text text, Set<String> known) {
        NoteDraft draft = new NoteDraft();
        draft.setFormat(format);
        draft.setSessionDate(appointment.getStartsAt().atZone(clock.zone()).toLocalDate());
        draft.setLengthMinutes((int) Duration.between(appointment.getStartsAt(), appointment.getEndsAt()).toMinutes());
        draft.setAttendeeIds(attendees(appointment, text.alone()));
        draft.setInterventions(text.keys().stream().filter(known::contains).toList());
        draft.setOtherInterventions(text.other());
        if (text.risk() != null) {
            draft.setRiskLevel(RiskLevel.LOW);
            draft.setRiskComment(text.risk());
        }
        draft.setSection1(text.s1());
        draft.setSection2(text.s2());
        draft.setSection3(text.s3());
        draft.setSection4(text.s4());
        draft.setHomeworkReviewed(text.reviewed());
        draft.setHomeworkAssigned(text.assigned());
        return draft;
    }

    /** Everyone booked, or only the named partner when the text says one came alone (if that partner is booked). */
    private static List<Long> attendees(Appointment appointment, String alone) {
        List<Client> present = new ArrayList<>(appointment.getAttendees());
        if (alone != null && present.stream().anyMatch(c -> alone.equals(c.getFirstName()))) {
            present.removeIf(c -> !alone.equals(c.getFirstName()));
        }
        return present.stream().map(Client::getId).sorted().toList();
    }

    private static String who(Appointment appointment) {
        return appointment.getCouple() != null ? appointment.getCouple().getName()
                : appointment.getClient().getLegalName();
    }

    private static NoteFormat defaultFormat(Appointment appointment) {
        if (JORDAN.equalsIgnoreCase(appointment.getCounselor().getEmail())) {
            return NoteFormat.BIRP;
        }
        return appointment.getCouple() != null ? NoteFormat.SOAP : NoteFormat.DAP;
    }

    private static Story story(String who) {
        return switch (who) {
            case ALEX_AND_SAM -> new Story(NoteFormat.SOAP, ALEX_AND_SAM_SESSIONS);
            case "Alexandra Rivera" -> new Story(NoteFormat.DAP, ALEX);
            case "Priya & Dan" -> new Story(NoteFormat.SOAP, PRIYA_AND_DAN);
            case "Elena Petrova" -> new Story(NoteFormat.DAP, ELENA);
            case "Marcus Bell" -> new Story(NoteFormat.DAP, MARCUS);
            case "Noah Fischer" -> new Story(NoteFormat.PROGRESS, NOAH);
            case "Taylor Brooks" -> new Story(NoteFormat.BIRP, TAYLOR);
            case "Grace Liu" -> new Story(NoteFormat.BIRP, GRACE);
            case "Riley Thompson" -> new Story(NoteFormat.BIRP, RILEY);
            case "Mateo Silva" -> new Story(NoteFormat.BIRP, MATEO);
            case "Leon Becker" -> new Story(NoteFormat.BIRP, LEON);
            default -> null;
        };
    }

    /**
     * For sessions beyond a storyline, or people without one: a few plain notes that rotate by session
     * number, laid out in the note's own format.
     */
    private static Text fallback(Appointment appointment, NoteFormat format, int index) {
        Couple couple = appointment.getCouple();
        String name = couple != null
                ? couple.getPartnerOne().getFirstName() + " and " + couple.getPartnerTwo().getFirstName()
                : appointment.getClient().getFirstName();
        Theme theme = THEMES.get(index % THEMES.size());
        String reported = theme.reported().replace("{name}", name);
        String response = theme.response().replace("{name}", name);
        Text text = switch (format) {
            case SOAP -> soap(theme.keys(), reported, theme.observed(), theme.assessment(), theme.plan());
            case DAP -> dap(theme.keys(), reported + " " + theme.observed(), theme.assessment(), theme.plan());
            case BIRP -> birp(theme.keys(), reported + " " + theme.observed(), theme.intervention(), response,
                    theme.plan());
            case PROGRESS -> progress(theme.keys(), reported + " " + theme.observed() + " " + theme.assessment()
                    + " Plan: " + theme.plan());
        };
        return text.homework(null, theme.assigned());
    }

    // ---- the texts

    /** One session's note: the format's sections in order, and what goes around them. */
    private record Text(List<String> keys, String s1, String s2, String s3, String s4, String other,
            String reviewed, String assigned, String risk, String alone) {

        Text homework(String reviewedText, String assignedText) {
            return new Text(keys, s1, s2, s3, s4, other, reviewedText, assignedText, risk, alone);
        }

        Text also(String otherInterventions) {
            return new Text(keys, s1, s2, s3, s4, otherInterventions, reviewed, assigned, risk, alone);
        }

        Text lowRisk(String comment) {
            return new Text(keys, s1, s2, s3, s4, other, reviewed, assigned, comment, alone);
        }

        /** Only this partner (by first name) came to the couple session. */
        Text onlyAttending(String firstName) {
            return new Text(keys, s1, s2, s3, s4, other, reviewed, assigned, risk, firstName);
        }
    }

    /** A storyline: the format its counselor uses and its sessions' texts in order. */
    private record Story(NoteFormat format, List<Text> sessions) {
    }

    /** A fallback note's sentences, from which each format takes what it needs. */
    private record Theme(String keys, String reported, String observed, String assessment, String plan,
            String intervention, String response, String assigned) {
    }

    /** keys: strategy keys separated by spaces. */
    private static Text soap(String keys, String subjective, String objective, String assessment, String plan) {
        return new Text(List.of(keys.split(" ")), subjective, objective, assessment, plan, null, null, null, null, null);
    }

    private static Text dap(String keys, String data, String assessment, String plan) {
        return new Text(List.of(keys.split(" ")), data, assessment, plan, null, null, null, null, null, null);
    }

    private static Text birp(String keys, String behavior, String intervention, String response, String plan) {
        return new Text(List.of(keys.split(" ")), behavior, intervention, response, plan, null, null, null, null, null);
    }

    private static Text progress(String keys, String note) {
        return new Text(List.of(keys.split(" ")), note, null, null, null, null, null, null, null, null);
    }

    // Alex & Sam (Morgan, SOAP): repair after Sam's emotional affair with a colleague.

    private static final List<Text> ALEX_AND_SAM_SESSIONS = List.of(
            soap("acknowledge communication boundaries",
                    "First session of the weekly couple series, following the intake and the individual assessment"
                            + " meetings. Alex said she wants to stop feeling like a detective in her own home. Sam said"
                            + " he wants Alex to believe him again but often feels that nothing he says is enough. Both"
                            + " named Sam's emotional affair with a colleague last spring as the reason they came.",
                    "Both arrived on time and sat at opposite ends of the sofa. Alex became tearful when describing"
                            + " how she found the messages; Sam looked at the floor and answered in short sentences."
                            + " Neither raised their voice.",
                    "Assessment feedback shared: a committed couple with a clear breach of trust and a pursue-withdraw"
                            + " pattern around questions about the affair. Alex's checking and Sam's shutting down appear"
                            + " to feed each other. Motivation is good in both partners; no safety concerns.",
                    "Ground rules agreed: no interrupting, either partner may call a ten-minute pause, and the"
                            + " no-secrets policy applies to what comes up in individual sessions. Next session: give the"
                            + " hurt room to be acknowledged before any problem-solving.")
                    .homework(null, "Each partner to note privately two moments this week when the affair was on"
                            + " their mind and what they did with it; bring the notes, not to be read aloud yet."),
            soap("acknowledge responsibility active-listening",
                    "Alex described the evening she found the messages and the months of doubt since. Sam said he"
                            + " ended all contact with the colleague in June and asked to move to another team; he said he"
                            + " is sorry but freezes when Alex asks for details.",
                    "Alex spoke for several minutes without being interrupted, which she said was new. Sam was"
                            + " visibly moved and, with prompting, reflected back what he had heard before explaining"
                            + " himself. Both appeared sad rather than angry.",
                    "Alex's hurt was acknowledged without Sam defending himself, a first step toward the goal of"
                            + " answering questions without defensiveness. Sam's freezing looks driven by shame more than"
                            + " by concealment. Alex responded to his reflection with visible relief.",
                    "Sam to write an apology about ownership and the impact on Alex, to be read in session. Alex to"
                            + " start a trigger journal. Next session: introduce a transparency routine.")
                    .homework("Both brought their notes; Alex had written more, Sam said putting his into words was"
                            + " harder than he expected.",
                            "Sam: apology letter (ownership and impact). Alex: trigger journal for moments of suspicion."),
            soap("transparency active-listening communication",
                    "Sam read his apology letter. Alex said it was the first time she had heard him name what the"
                            + " affair cost her rather than what it cost him. Her trigger journal showed that most urges to"
                            + " check his phone came on evenings when he was late without a word.",
                    "Alex cried quietly during the letter and thanked Sam afterwards. In the speaker-listener"
                            + " practice Sam's paraphrases were accurate; Alex needed reminders to finish reflecting before"
                            + " answering.",
                    "The apology landed well and lowered the tension in the room. The link between unexplained"
                            + " evenings and Alex's checking gives transparency a concrete target, in line with the"
                            + " couple's goals about phones and evenings out.",
                    "Weekly transparency check-in agreed for Sunday evenings: Sam shares his plans for the week and"
                            + " any contact Alex would want to know about; Alex brings her questions there instead of"
                            + " checking. Speaker-listener practice three times at home.")
                    .also("Speaker-listener drill with a floor card")
                    .homework("Apology letter read in session. Trigger journal: five entries, four of them on late"
                            + " evenings.",
                            "Weekly transparency check-in (Sunday). Speaker-listener with paraphrasing, three"
                                    + " ten-minute rounds."),
            soap("recognize-signs patience transparency",
                    "First session in two weeks; last week's appointment was cancelled due to illness. Alex reported"
                            + " that the colleague's name appeared on Sam's phone at dinner, in a group message about a"
                            + " work event; she checked his phone that night and they argued until late. Sam said he felt"
                            + " 'back at the start' and hardly spoke for two days.",
                    "Both were tense and guarded at first. Alex apologised for checking and looked ashamed. Sam's"
                            + " answers grew shorter whenever the message came up, and he asked for a pause halfway"
                            + " through; both settled after it.",
                    "A setback after a strong trigger rather than a loss of progress: the first Sunday check-in had"
                            + " taken place and gone well. The old cycle of unannounced contact, checking and withdrawal"
                            + " reappeared, and both could name it once it was drawn out. Normalising setbacks eased the"
                            + " sense of failure in both.",
                    "Sam to mention any work contact involving the colleague himself, before Alex can come across"
                            + " it. Alex to write in the trigger journal before checking and bring the urge to the Sunday"
                            + " check-in. Both to use the pause rule at home when a conversation starts to escalate.")
                    .homework("One Sunday check-in held before the setback; speaker-listener practised once.",
                            "Trigger journal before any checking; pause rule at home; Sunday transparency check-in"
                                    + " continues."),
            soap("consistency small-victories check-ins",
                    "Both described a calmer week. Sam told Alex about a meeting with the colleague before it"
                            + " happened, and Alex said this mattered more than any reassurance. She has not checked his"
                            + " phone since the last session. The Sunday check-in included a hard conversation that stayed"
                            + " calm.",
                    "They sat closer together and laughed twice. Sam answered Alex's questions about the meeting in"
                            + " full and without prompting. Alex acknowledged his effort without being asked.",
                    "Clear progress toward the goals: Sam's transparency is becoming proactive and consistent, and"
                            + " Alex's checking is decreasing. Some doubt remains in Alex, which is expected; she named it"
                            + " without blame.",
                    "Start a small-victories jar: each partner writes down things the other did that helped trust,"
                            + " read together at the check-in. Widen the Sunday check-in into the 20-minute relationship"
                            + " check-in. Next session: begin planning a new shared experience.")
                    .homework("Sunday check-in held; trigger journal used three times, with no checking.",
                            "Small-victories jar; 20-minute relationship check-in on Sundays."));

    /** Alex & Sam's latest session: still a draft, the plan not yet written. */
    private static final Text ALEX_AND_SAM_DRAFT = soap("connection small-victories",
            "Alex and Sam read out the notes from their small-victories jar, seven in all, among them Sam texting"
                    + " when a meeting ran late and Alex telling Sam about a moment of doubt instead of checking. They"
                    + " want to plan something new together that has nothing to do with the affair: Alex suggested the"
                    + " pottery course she has talked about for years, Sam a weekend walking trip.",
            "Warm and relaxed; at times they finished each other's sentences. Sam went quiet for a moment when Alex"
                    + " said the trip would mean a night away from their phones, then said he liked the idea.",
            "The couple is moving from repair toward reconnection, and the planning was collaborative. Sam's brief"
                    + " withdrawal when the night away came up: ask about it next time. Progress on goals still to add.",
            null)
            .homework("Small-victories jar read together; first 20-minute check-in held on Sunday.", null);

    private static final String ALEX_AND_SAM_ADDENDUM = "Correction to the Subjective section: Sam's last contact"
            + " with the colleague was in early July, not in June as recorded. He phoned the next morning to correct"
            + " the date, which Alex already knew; the assessment is unchanged.";

    private static final String ALEX_AND_SAM_PROCESS_NOTE = "I noticed I felt protective of Sam when Alex pressed"
            + " him, and relieved when she stopped; I need to watch that I am not quietly asking Alex to move faster"
            + " than she can. My working hypothesis is that Sam's silences are shame rather than concealment, and that"
            + " Alex reads them as the secrecy of last spring. Take this to supervision, and consider an individual"
            + " check-in with Sam about shame before the work turns to reconnection.";

    // Alex on her own (Morgan, DAP, every two weeks): checking, shame, self-worth, forgiveness.

    private static final List<Text> ALEX = List.of(
            dap("recognize-signs acknowledge",
                    "Alex described checking Sam's phone two or three times a week, usually late at night, and feeling"
                            + " ashamed each time, whether or not she finds anything. The relief lasts minutes before the"
                            + " doubt returns. Reminded of the no-secrets agreement: what she shares here may be brought"
                            + " into the joint sessions, with her knowledge.",
                    "Checking brings short-term relief that keeps the anxiety going. Alex is insightful and motivated"
                            + " to change the habit; her shame makes it harder to talk about openly with Sam. No risk"
                            + " concerns.",
                    "Track urges to check: time, situation, feeling and what she did. Next session: look at the"
                            + " pattern together.")
                    .homework(null, "Trigger journal for moments of suspicion (shared with the couple work)."),
            dap("root-causes self-growth",
                    "Alex's journal showed urges clustering on evenings when Sam is late and on Sunday afternoons, which"
                            + " she links to the weekends of last spring. She recalled growing up with a father whose"
                            + " promises often fell through, and said she learned early to check rather than hope.",
                    "Her distrust is fed both by the affair and by an older expectation of being let down, which helps"
                            + " explain why reassurance does not hold. Alex was tearful but steady, and could separate what"
                            + " Sam did from what she brings with her.",
                    "Explore self-worth and what she needs to feel safe without checking. Continue the journal.")
                    .homework("Trigger journal: eight entries over two weeks.",
                            "Continue the journal, adding one line on what she needed in that moment."),
            dap("self-growth boundaries small-victories",
                    "Alex delayed checking by twenty minutes on four occasions and did not check at all on two of them;"
                            + " the urge faded faster than she expected. She has started seeing friends again, which she"
                            + " had stopped after the discovery.",
                    "Early change in the checking habit, supported by a stronger sense of herself outside the"
                            + " relationship. She is beginning to tell a fair request (being told when Sam is late) apart"
                            + " from control.",
                    "Put her fair requests into words for the Sunday check-in with Sam. Next session: her ambivalence"
                            + " about forgiving.")
                    .homework("Journal kept; used it to delay checking.",
                            "Write down two requests to make openly rather than check for."),
            dap("forgiveness patience",
                    "Alex said people around her expect her to 'be over it', and she fears that forgiving Sam would mean"
                            + " saying the affair was acceptable. She is also angry with herself for not noticing sooner.",
                    "Forgiveness is experienced as a demand rather than a choice. Separating forgiveness from condoning"
                            + " or forgetting visibly eased her. Self-blame remains a theme.",
                    "Write a letter she does not send, to Sam and to herself, as an exploration rather than a"
                            + " commitment. Review in two weeks.")
                    .homework("Both requests made at the Sunday check-in; Sam agreed to them.",
                            "Forgiveness letter you don't send."));

    // Priya & Dan (Morgan, SOAP, by video): the load at home and small promises kept.

    private static final List<Text> PRIYA_AND_DAN = List.of(
            soap("acknowledge communication",
                    "First joint session, by video. Priya said she runs the household alone and has stopped believing"
                            + " Dan's 'I'll do it tomorrow'. Dan said he means every promise when he makes it, then work"
                            + " takes over; he feels he is letting people down both at home and at work.",
                    "Both joined from the same room. Priya spoke quickly and with frustration; Dan was apologetic and"
                            + " slumped in his chair. They agreed readily on what the problem is, which is a strength.",
                    "Trust has worn down through many small broken promises rather than one breach. Dan's overload at"
                            + " work and Priya's resentment feed each other. Good motivation; no risk concerns.",
                    "Ground rules for video sessions agreed: one speaker at a time, phones away. Each to list the"
                            + " household tasks they do in an ordinary week.")
                    .homework(null, "Each partner, separately: the household tasks they do in a typical week."),
            soap("responsibility consistency boundaries",
                    "They compared their lists. Dan was surprised how much of the invisible work (meals, appointments,"
                            + " bills) sits with Priya. Priya said that seeing him surprised rather than defensive helped.",
                    "Calmer than last week; Dan took notes. Priya smiled when Dan offered to take over the bills without"
                            + " being asked.",
                    "Dan is taking ownership without excuses. The risk is that he over-promises again, so starting small"
                            + " is what will let kept promises rebuild trust.",
                    "Dan chose two promises only: the bills and cooking on Thursdays. Promise log introduced: each"
                            + " promise written down, kept or not, reviewed weekly without blame.")
                    .homework("Both brought their task lists.", "Promise log (Dan's two promises)."),
            soap("vulnerability communication",
                    "Only Priya attended; Dan messaged ten minutes before the start that a work deadline would keep him"
                            + " at the office. Priya said the missed session felt like one more broken promise and that"
                            + " she is tired of being the one who holds everything together.",
                    "Priya joined alone from the kitchen, tearful at first, then more composed. She could name the"
                            + " disappointment underneath her anger.",
                    "Dan's absence touched the heart of the couple's difficulty. Under their individual-confidentiality"
                            + " agreement, Priya chose what from today she wants to bring to the joint session. Speaking"
                            + " about hurt rather than criticism is a useful step for her.",
                    "Priya to tell Dan how the missed session felt, using an I-statement, before next week. Next joint"
                            + " session: repair around the missed session, then the promise log. Ask Dan to protect"
                            + " Wednesday evenings.")
                    .onlyAttending("Priya")
                    .homework("Promise log (reported by Priya): bills done; one Thursday dinner missed.",
                            "Priya: one I-statement conversation with Dan about the missed session."),
            soap("responsibility consistency small-victories",
                    "Both attended. Dan apologised for missing last week without blaming work, and said Priya telling"
                            + " him calmly how it felt hit harder than an argument would have. He has blocked Wednesday"
                            + " evenings in his work calendar.",
                    "Dan kept eye contact and did not interrupt. Priya was quieter than usual but softened when Dan"
                            + " described blocking the evenings.",
                    "A good repair after the missed session; Dan's actions are starting to match his words. Priya's"
                            + " caution about trusting the change is understandable at this stage.",
                    "Add a third promise only if the first two hold for another week. Introduce a 20-minute"
                            + " relationship check-in on Sundays.")
                    .homework("Promise log: four of five kept. Priya's I-statement conversation took place.",
                            "Continue the promise log; 20-minute relationship check-in on Sunday."),
            soap("check-ins active-listening",
                    "The check-in surfaced a disagreement about Dan's parents visiting next month: Priya expects to do"
                            + " the preparation alone again. They said the check-in helped them catch it early rather"
                            + " than in the week of the visit.",
                    "Some heat early on; both used the speaker-listener structure when asked and calmed quickly. Dan"
                            + " paraphrased Priya accurately on the second try.",
                    "The check-ins are doing their job. The visit is a test case for sharing the load, and the couple"
                            + " can now discuss it without falling into the old pattern.",
                    "Plan the visit together with speaker-listener: who does what, written down, with Dan's tasks"
                            + " added to the promise log. Next session: review how the planning went.")
                    .also("Speaker-listener practice on a live topic")
                    .homework("One 20-minute check-in held; promise log fully kept.",
                            "Speaker-listener with paraphrasing to plan the visit; agreed tasks into the promise log."),
            soap("small-victories patience",
                    "The plan for the visit was made and Dan has done his part so far. Priya noticed she has stopped"
                            + " double-checking whether the bills are paid. Dan's work remains stressful, and he worries"
                            + " about slipping when a large project starts next month.",
                    "Relaxed, with some humour. Priya named two things Dan had done without prompting that helped.",
                    "Steady progress toward keeping small promises; trust is returning gradually. The coming project"
                            + " is a foreseeable risk to the new routines.",
                    "Prepare for the project: which promises stay fixed, and how Dan tells Priya early if he cannot"
                            + " keep one. Consider fortnightly sessions after two more.")
                    .homework("Visit tasks done as agreed; Sunday check-in held.",
                            "Small-victories jar; keep the Sunday check-in."));

    // Elena (Morgan, DAP): grief after her father's death, withdrawal from her husband; one low-risk session.

    private static final List<Text> ELENA = List.of(
            dap("acknowledge vulnerability",
                    "Elena said the months since her father died feel flat rather than sad. She spends most evenings"
                            + " alone in the spare room, and when her husband tries to comfort her she tells him she is"
                            + " fine. They have not talked about her father since the funeral.",
                    "Grief carried alone has turned into emotional withdrawal from her marriage. Elena is aware of the"
                            + " distance and troubled by it. No risk indicators today.",
                    "Notice the moments she wants to reach out to her husband and doesn't, and what stops her. Next"
                            + " session: look at those moments together.")
                    .homework(null, "Note moments of wanting to reach out and holding back."),
            dap("root-causes vulnerability",
                    "Elena noted five such moments, mostly in the evenings. She described her father as kind but"
                            + " stoic, a man who handled things alone, and said crying in front of others feels like"
                            + " failing him. Her husband recently told her he feels shut out.",
                    "A family rule of coping alone is shaping her grief. Her husband's words stung but also opened the"
                            + " possibility of grieving differently.",
                    "Share one memory of her father with her husband this week, in whatever way feels possible."
                            + " Next session: how it went, and what made it easier or harder.")
                    .homework("Five moments noted.", "Share one memory of her father with her husband."),
            dap("professional-help vulnerability",
                    "Elena said this was the hardest week since the funeral: she has slept badly and struggled to get"
                            + " up. Asked directly, she said she has had passing thoughts that it would be easier not to"
                            + " wake up, with no wish or plan to harm herself. She did not share the memory with her"
                            + " husband.",
                    "Low mood has deepened, with passive thoughts of death but no plan, intent or preparation."
                            + " Protective factors: her marriage, her mother, who relies on her, and her engagement in"
                            + " therapy. Risk assessed as low.",
                    "Safety plan written together (warning signs, what helps, whom to call) and crisis numbers given."
                            + " Elena to see her GP this week about sleep and mood. Mood and risk to be reviewed at the"
                            + " start of the next session.")
                    .also("Safety planning")
                    .lowRisk("Passive thoughts of not waking up; no plan, intent or preparation, no history of self-harm."
                            + " Protective factors: husband, mother, engaged in therapy. Safety plan completed in session,"
                            + " copy kept on her phone; crisis line and emergency numbers given. GP appointment"
                            + " encouraged. Review at next session.")
                    .homework("Memory not shared yet; discussed without judgment.",
                            "Keep the safety plan to hand; GP appointment this week."),
            dap("vulnerability connection",
                    "Risk reviewed first: Elena said the thoughts of not waking up have not returned, and her GP is"
                            + " treating her sleep. She told her husband how low she had been; he held her, and they talked"
                            + " about her father for an hour.",
                    "Mood somewhat improved; by her report no current risk. Letting her husband see her grief was a"
                            + " significant step, and his care challenged her belief that she must cope alone.",
                    "Keep the safety plan. Plan one shared activity with her husband that includes remembering her"
                            + " father.")
                    .homework("GP seen; safety plan not needed this week; long talk with her husband.",
                            "One shared activity with her husband."),
            dap("connection small-victories",
                    "Elena and her husband visited her father's grave on Saturday, then had lunch at a restaurant her"
                            + " father liked. She said it was sad but that she felt close to her husband for the first time"
                            + " in months. She has moved back into their bedroom.",
                    "Grief is being shared rather than hidden, and the connection with her husband is returning. Mood"
                            + " stable; no risk indicators.",
                    "Keep noticing moments of closeness. Next session: the anger and guilt that have surfaced about"
                            + " her father's last months.")
                    .homework("Shared visit to the grave and lunch.", "Write down small moments of closeness."),
            dap("forgiveness self-growth",
                    "First session in two weeks, after last week's was cancelled because Elena was unwell. She spoke"
                            + " of guilt that she did not visit her father more in his last months, and of anger that he"
                            + " never told her how ill he was. She has never let herself be angry with him.",
                    "Guilt and anger are part of this grief; naming them eased her tension in the session."
                            + " Self-forgiveness is the next piece of work.",
                    "Write a letter to her father that she does not send, anger included. Review next session.")
                    .homework("Moments of closeness noted most days.", "Forgiveness letter you don't send."));

    // Marcus (Morgan, DAP, by video): hidden gambling debts and coming clean.

    private static final List<Text> MARCUS = List.of(
            dap("responsibility acknowledge",
                    "Marcus said his partner still knows only about 'a small loan'; the full gambling debt, about three"
                            + " times that, is hidden. He described the lies he has told to cover missed payments and said"
                            + " the hiding now feels worse than the debt. No gambling in the past three weeks.",
                    "Shame and fear of losing his partner keep the secret going, and each new lie adds to what must be"
                            + " disclosed. Marcus takes responsibility without minimising, a good basis for disclosure.",
                    "Write down the full financial picture, including the cover stories. Next session: plan the"
                            + " disclosure.")
                    .homework(null, "A complete statement of the debts and the cover stories used."),
            dap("responsibility transparency professional-help",
                    "Marcus brought the full picture. He planned the disclosure: at home on Saturday morning, statements"
                            + " on the table, the facts first and then the apology. He rehearsed his opening and how to"
                            + " respond if his partner is angry.",
                    "Preparation lowers the risk of a partial or defensive disclosure. He is ready; anxiety is high but"
                            + " manageable.",
                    "Disclosure on Saturday. Contact details given for a gambling support group and a free debt advice"
                            + " service.")
                    .also("Referral to a gambling support group and free debt advice")
                    .homework("Statement of debts completed.",
                            "Apology letter (ownership and impact); call the debt advice service."),
            dap("patience professional-help",
                    "Marcus disclosed the full debt on Saturday. His partner was angry and stayed with a friend for two"
                            + " nights, then came home and asked to see every statement. He went to his first support group"
                            + " meeting and has an appointment with a debt adviser.",
                    "The disclosure was complete. His partner's anger is proportionate and not an ending. Marcus wants"
                            + " quick reassurance; patience is needed.",
                    "Let his partner set the pace of conversations about the debt. Continue the support group.")
                    .homework("Apology letter written and given after the disclosure.", "Support group weekly."),
            dap("transparency consistency",
                    "Marcus and his partner now go through the bank statements together every Sunday, at her request."
                            + " He admitted feeling monitored and resentful at times. The debt adviser has set up a"
                            + " repayment plan.",
                    "The routine is working, though Marcus partly experiences it as punishment. Seeing it as something"
                            + " he offers rather than something done to him helps him stay with it.",
                    "Offer information before being asked, cash withdrawals in particular. Keep the weekly review.")
                    .homework("Two support group meetings attended.",
                            "Weekly transparency check-in on money; note when resentment comes up."),
            dap("recognize-signs self-growth",
                    "A strong urge to bet during a football match on Tuesday; he left the room, called his support group"
                            + " contact and did not gamble. Payday and being alone with sport on TV are his riskiest times.",
                    "Marcus recognised and interrupted the urge, a sign of growing self-management. His high-risk"
                            + " situations are now clear.",
                    "Plan for paydays and match evenings. Tell his partner about the urge at the Sunday review.")
                    .homework("Sunday reviews held; two withdrawals mentioned before being asked.",
                            "Trigger journal for urges to gamble."),
            dap("small-victories professional-help",
                    "Marcus marked eight weeks without gambling. He told his partner about Tuesday's urge and she"
                            + " thanked him for telling her. She has suggested couple sessions.",
                    "Honesty about urges is building a new kind of trust, and couple work now fits. The repayment plan"
                            + " and the support group keep him steady.",
                    "Discuss a referral for couple sessions with his partner. Individual sessions to continue"
                            + " fortnightly once the couple work starts.")
                    .homework("Trigger journal: two entries, no gambling.", null));

    // Noah (Morgan, progress notes): distrust rooted in his parents' divorce.

    private static final List<Text> NOAH = List.of(
            progress("root-causes",
                    "Noah described his parents' divorce when he was twelve, after his father left for another"
                            + " relationship, and his mother's warning that people leave. In his relationship of a year he"
                            + " finds himself waiting for his partner to lose interest and reading small changes as signs of"
                            + " it. Reflective and engaged; no risk concerns. The early loss seems to have left an"
                            + " expectation of abandonment that colours the present. Plan: notice over the week when the fear"
                            + " appears and what sets it off.")
                    .homework(null, "Note moments of 'this is going to end' and what triggered them."),
            progress("recognize-signs vulnerability",
                    "Noah noticed the fear four times, mostly when his partner was busy or quiet. Each time he withdrew"
                            + " first, going cold before he could be rejected, and he was upset to recognise his father's"
                            + " way of leaving in it. Assessment: a protective habit of pulling away early that invites the"
                            + " very distance he fears. Plan: one small experiment of saying the worry aloud instead of"
                            + " withdrawing.")
                    .homework("Four moments noted.", "Tell his partner once, plainly, when he feels worried."),
            progress("vulnerability communication",
                    "Noah told his partner that he had felt worried when their weekend plans fell through; his partner"
                            + " was surprised and reassured him warmly. He said it felt exposing and then a relief."
                            + " Assessment: a corrective experience that weakens the expectation of being left. Plan: keep"
                            + " practising, and explore what he needs from his partner when the worry comes.")
                    .homework("Experiment done once.", "Repeat the experiment twice."),
            progress("self-growth boundaries",
                    "Noah talked about his father, who calls irregularly and expects him to be available. He wants a"
                            + " relationship with his father on terms that do not leave him feeling like the boy who was"
                            + " left. Assessment: growing self-respect, and the beginning of boundaries with his family of"
                            + " origin. Plan: decide what contact he wants and how to say so.")
                    .homework("Experiment repeated twice; both went well.", "Draft what he wants to tell his father."),
            progress("small-victories patience",
                    "Noah reviewed the past weeks: he has named his worry to his partner several times instead of"
                            + " withdrawing, and says the relationship feels steadier. The old fear still comes, especially"
                            + " when he is tired. Assessment: real gains, with the expected lingering vulnerability. Plan:"
                            + " consolidate, and consider moving to fortnightly sessions.")
                    .homework("Draft for his father written, not yet sent.", "Small-victories jar."));

    // Taylor (Jordan, BIRP, by video): jealousy and checking after a past betrayal.

    private static final List<Text> TAYLOR = List.of(
            birp("recognize-signs root-causes",
                    "Taylor attended by video from home. They described checking their partner's location on a shared"
                            + " app many times a day and a knot in their stomach when it does not update. They linked this"
                            + " to their last relationship, which ended when they found out their ex had been seeing"
                            + " someone for months.",
                    "Drew out the cycle of worry, checking, brief relief and stronger worry. Validated why vigilance"
                            + " feels reasonable after the past betrayal, while separating that history from the new"
                            + " partner's behaviour.",
                    "Taylor recognised the cycle at once and said it was a relief to see it laid out. Anxious but"
                            + " engaged, and keen to change.",
                    "Keep a trigger journal of urges to check. Next session: review the pattern together.")
                    .also("Psychoeducation on the anxiety and checking cycle")
                    .homework(null, "Trigger journal for moments of suspicion."),
            birp("recognize-signs self-growth",
                    "Taylor's journal showed urges mostly when their partner is out with friends, and late at night."
                            + " They noticed they check most on days they feel not good enough for their partner.",
                    "Reviewed the journal and connected the urges to self-worth. Taught a grounding exercise to ride"
                            + " out an urge without acting on it.",
                    "Taylor practised grounding in session and rated their anxiety down from 7 to 4. They doubted it"
                            + " would work late at night.",
                    "Delay checking by fifteen minutes, using grounding, and record what happens. Next session:"
                            + " review what helped and what didn't.")
                    .also("Grounding (5-4-3-2-1) for urges to check")
                    .homework("Journal kept daily.", "Delay-and-ground practice, with outcomes in the journal."),
            birp("patience self-growth",
                    "First session in two weeks; last week's was cancelled due to illness. Taylor delayed checking most"
                            + " times, but checked repeatedly one night when their partner stayed out late, and said they"
                            + " had 'failed'.",
                    "Normalised setbacks as part of changing a habit. Reviewed what helped on the good days and led a"
                            + " brief self-compassion exercise.",
                    "By the end Taylor had softened the 'failure' language and named three days that went well. They"
                            + " said the two weeks without a session had felt long.",
                    "Continue the delay practice. Consider telling their partner about the worry itself, not only the"
                            + " checking.")
                    .homework("Delay practice on most days; one difficult night.", "Continue the delay practice."),
            birp("vulnerability communication",
                    "Taylor told their partner about the past relationship and the checking. Their partner listened,"
                            + " thanked them for telling and asked how to help.",
                    "Explored what it was like to be that open. Role-played turning a worry into a clear, small"
                            + " request.",
                    "Taylor felt proud and a little embarrassed. They settled on one request: a short text when plans"
                            + " change.",
                    "Talk with their partner about what each can reasonably expect. Bring the outcome to the next"
                            + " session.")
                    .homework("Delay practice continued; checking less often.",
                            "Talk with their partner about what each can expect."),
            birp("boundaries check-ins",
                    "Taylor and their partner agreed on a text when plans change and a weekly check-in. They also chose,"
                            + " together, to switch off location sharing.",
                    "Worked on telling fair agreements apart from reassurance-seeking. Planned the first 20-minute"
                            + " relationship check-in, including how to raise a worry calmly.",
                    "Taylor was engaged and more relaxed. They said the agreements feel fair to both of them rather"
                            + " than a concession to their anxiety.",
                    "Hold the first check-in this week. Keep the journal for any urge to turn location sharing back"
                            + " on.")
                    .homework("Agreement reached with their partner.", "20-minute relationship check-in."),
            birp("small-victories patience",
                    "Checking is down from many times a day to about twice a week. Anxiety still spikes when their"
                            + " partner is out late, but it passes sooner.",
                    "Reviewed progress since intake and named what has helped. Discussed that urges may return under"
                            + " stress and how to meet them without self-blame.",
                    "Taylor was pleased and realistic about setbacks. They asked to keep the journal going for now.",
                    "Continue weekly for the moment. Begin to consider spacing sessions out.")
                    .homework("Check-in held; no location checking.", "Small-victories jar."));

    // Grace (Jordan, BIRP): after her partner's affair came to light.

    private static final List<Text> GRACE = List.of(
            birp("acknowledge",
                    "Grace described intrusive images of the affair, poor sleep and trouble concentrating at work. She"
                            + " swings between wanting to leave and wanting things to go back to how they were.",
                    "Validated the shock as a common reaction to betrayal and explained how intrusive images work. Set"
                            + " up a basic self-care routine: regular sleep, meals and a daily walk.",
                    "Grace cried and said it helped to hear she was not going mad. She agreed to try the routine.",
                    "Self-care routine daily. Hold off on big decisions about the relationship for now.")
                    .homework(null, "Daily self-care routine."),
            birp("boundaries transparency",
                    "Grace has many questions about the affair. Her partner answers some of them but shuts down on"
                            + " others, and the gaps keep her awake.",
                    "Helped her sort the questions into those whose answers she needs in order to heal or decide, and"
                            + " those likely to feed the images. Discussed what she can ask of her partner now: contact"
                            + " ended, and openness about any that happens.",
                    "Grace felt steadier with a shorter list. She said she had not thought she was allowed to set"
                            + " conditions.",
                    "Choose the three questions that matter most. Tell her partner the two conditions discussed.")
                    .homework("Routine kept on most days; sleep slightly better.", "Shortlist of questions."),
            birp("self-growth responsibility",
                    "Grace blamed herself for the long hours she has worked and for 'not being there'. She has been"
                            + " apologising to her partner more than her partner apologises to her.",
                    "Challenged the self-blame. Separated her share of the relationship's problems from her partner's"
                            + " responsibility for choosing the affair.",
                    "She was tearful, then relieved. She said she had been carrying her partner's guilt as well as her"
                            + " own.",
                    "Notice self-blaming thoughts and answer them as she would answer a friend. Review the log next"
                            + " session.")
                    .homework("Three questions asked; two answered fully.", "Log self-blaming thoughts with a reply."),
            birp("professional-help communication",
                    "Her partner has proposed couple therapy. Grace is unsure whether she wants to sit in a room and"
                            + " hear the affair explained.",
                    "Weighed the pros and cons with her and explained what couple work involves. Discussed a referral"
                            + " to a colleague for joint sessions while she continues here individually.",
                    "Grace decided to try one couple consultation without committing to more. She was clear that her"
                            + " individual sessions should stay hers.",
                    "Referral for a couple consultation. Continue weekly individual sessions.")
                    .homework("Self-blame log kept; replies got easier during the week.", null),
            birp("recognize-signs patience",
                    "A hard week: she passed the restaurant where her partner used to meet the other person, and the"
                            + " shock came back as strongly as at the start. She slept badly for two nights.",
                    "Normalised triggers and their unpredictability. Introduced a trigger journal and practised a"
                            + " grounding exercise in session.",
                    "Grace was discouraged at first, then recognised she had recovered within a day rather than a week."
                            + " She used the grounding exercise twice in session without prompting.",
                    "Trigger journal, and grounding when the images come. Next session: what the journal shows.")
                    .homework("Routine kept apart from the two bad nights.", "Trigger journal; grounding."),
            birp("forgiveness",
                    "Grace asked whether she 'should' forgive. Her partner has asked for forgiveness several times, and"
                            + " she feels pressed to answer.",
                    "Explored forgiveness as a choice and a process rather than a duty or a deadline. Separated"
                            + " forgiving from reconciling, and both from forgetting.",
                    "She said she is not ready and felt relieved that this is allowed. She wants to tell her partner"
                            + " that the question is on hold, not refused.",
                    "A forgiveness letter she does not send, to explore rather than commit. Bring it if she wishes.")
                    .homework("Trigger journal: three entries, each passing sooner.", "Forgiveness letter you don't send."),
            birp("small-victories self-growth",
                    "Grace is sleeping better, and the images come a few times a week instead of daily. The couple"
                            + " consultation went better than she expected.",
                    "Reviewed progress since she began and named what helps. Set goals for the next phase of the"
                            + " individual work.",
                    "Grace was hopeful and able to name her own part in the recovery. She smiled when reading back her"
                            + " first week's notes.",
                    "Continue weekly individual sessions alongside the couple work. Review the goals in a month.")
                    .homework("Letter written; she chose to keep it.", null));

    // Riley (Jordan, BIRP, every two weeks): conflict with their partner escalates fast.

    private static final List<Text> RILEY = List.of(
            birp("communication recognize-signs",
                    "Riley described arguments with their partner that go from calm to shouting within minutes,"
                            + " usually about chores or plans. They regret what they say afterwards and apologise, and"
                            + " then it happens again.",
                    "Mapped the escalation in a recent argument and identified early body signals: a tight jaw, heat"
                            + " in the face. Introduced a time-out with an agreed time to come back.",
                    "Riley recognised the signals readily. They liked having a plan for the moment itself, not just for"
                            + " the apology afterwards.",
                    "Propose the time-out agreement to their partner, including the time to come back. Review in two"
                            + " weeks.")
                    .homework(null, "Agree the time-out with their partner."),
            birp("active-listening communication",
                    "Riley used the time-out twice. Once they came back and resolved the issue; once their partner"
                            + " followed them out of the room.",
                    "Reviewed both time-outs and how to explain the agreement again. Role-played speaker-listener,"
                            + " paraphrasing before replying.",
                    "Riley found paraphrasing awkward but noticed they grew calmer while doing it. They said their"
                            + " partner would probably like it more than they do.",
                    "Practise speaker-listener on low-stakes topics. Explain the time-out again to their partner,"
                            + " stressing the return.")
                    .also("Speaker-listener practice by role-play")
                    .homework("Time-out used twice.", "Speaker-listener with paraphrasing on easy topics."),
            birp("check-ins communication",
                    "Fewer arguments in the past fortnight. The ones that happen start with criticism ('you never...'),"
                            + " and Riley noticed their partner bracing straight away.",
                    "Practised turning complaints into soft start-ups. Planned a 20-minute relationship check-in to"
                            + " raise issues before they build up.",
                    "Riley rewrote three recent complaints and laughed at how different they sounded. They were keen to"
                            + " try the check-in.",
                    "Weekly check-in with their partner. Keep using the time-out when the body signals appear.")
                    .also("Gottman-style soft start-up practice")
                    .homework("Speaker-listener practised twice.", "20-minute relationship check-in."),
            birp("small-victories patience",
                    "Two weeks without a shouting match. One argument stalled, but both took a time-out and came back"
                            + " to finish it.",
                    "Highlighted the progress. Discussed how to keep the tools going when life gets busy.",
                    "Riley was proud and said their partner has noticed the change. They worried a little that it"
                            + " won't last.",
                    "Continue the check-ins and the time-out. Review in two weeks.")
                    .homework("Check-ins held both weeks.", "Small-victories jar."));

    // Mateo (Jordan, BIRP): checks his partner's messages and wants to stop.

    private static final List<Text> MATEO = List.of(
            birp("recognize-signs acknowledge",
                    "Mateo said he reads his partner's messages when his partner is out of the room, several times a"
                            + " week, and has never found anything. He feels guilty and wants to stop before his partner"
                            + " finds out.",
                    "Explored what the checking does for him and his reasons to change. Introduced a trigger journal.",
                    "Mateo was open, though embarrassed. His motivation to change is high.",
                    "Trigger journal this week. Next session: look at what sets the urges off.")
                    .homework(null, "Trigger journal for moments of suspicion."),
            birp("root-causes recognize-signs",
                    "His journal showed the urges are strongest when his partner smiles at the phone. His previous"
                            + " partner hid an affair through messages.",
                    "Linked the current jealousy to that past betrayal. Practised telling evidence apart from fear.",
                    "Mateo said it made sense of a reaction he had felt was out of proportion. He was visibly less"
                            + " ashamed by the end.",
                    "Before checking, ask: what do I actually know? Continue the journal.")
                    .homework("Journal: six entries.", "Continue the journal with the 'what do I know' question."),
            birp("responsibility transparency",
                    "Mateo has decided to tell his partner about the checking. He is worried about the reaction and"
                            + " tempted to leave out how often it happened.",
                    "Prepared the conversation: owning it fully, without excuses, and asking for nothing in return at"
                            + " first. Rehearsed the opening.",
                    "The rehearsal lowered his anxiety. He chose a quiet weekend morning and said he would not soften"
                            + " the numbers.",
                    "Have the conversation this week. Bring how it went to the next session.")
                    .homework("Journal kept; checked twice.", "Tell his partner."),
            birp("responsibility small-victories",
                    "Mateo told his partner, who was hurt but valued the honesty. They agreed he will not check and"
                            + " will say when he feels worried; he has not checked since.",
                    "Reinforced the honesty and the new agreement. Planned how to handle the next urge.",
                    "Relieved and motivated. He said the secret had been heavier than the conversation.",
                    "Continue the journal. Share worries at a weekly check-in with his partner.")
                    .homework("Conversation held.", "Weekly check-in with his partner."));

    // Leon (Jordan, BIRP): second marriage, old habits of omission.

    private static final List<Text> LEON = List.of(
            birp("acknowledge responsibility",
                    "Leon's wife found out he had lent money to his adult son without telling her; he had said he"
                            + " 'forgot to mention it'. He recognises the pattern of small omissions to avoid arguments"
                            + " from his first marriage.",
                    "Explored the pattern and what it costs him. Helped him name the omission as a choice rather than"
                            + " forgetfulness.",
                    "Initially defensive ('it was my money'). He then acknowledged that his wife's hurt is about being"
                            + " left out, not the money.",
                    "Notice omissions as they happen this week. Next session: where the habit comes from.")
                    .homework(null, "Notice and note small omissions."),
            birp("root-causes self-growth",
                    "Leon described a childhood home where his father's temper made disagreement risky. He learned to"
                            + " keep quiet and smooth things over.",
                    "Linked early conflict avoidance to his adult omissions. Explored what he fears when he imagines"
                            + " telling his wife something unwelcome.",
                    "Thoughtful and moved. He said he had never connected the two.",
                    "Practise telling small, uncomfortable truths. Note his wife's actual reaction each time.")
                    .homework("Three omissions noticed.", "Tell his wife one small uncomfortable thing."),
            birp("transparency consistency",
                    "Leon told his wife about a parking fine and a change of plans with his son. She reacted calmly both"
                            + " times.",
                    "Reviewed the practice and identified his urge to soften or leave things out. Rehearsed telling"
                            + " without over-explaining.",
                    "He was surprised at how little conflict followed. He said he feels more confident.",
                    "Continue the small disclosures. Apply them to something larger when it comes up.")
                    .homework("Two small disclosures made.", "Continue small disclosures."),
            birp("communication check-ins",
                    "His wife told him she would rather hear bad news from him than find it out later. They have started"
                            + " a short weekly check-in.",
                    "Planned a 20-minute relationship check-in. Practised raising topics without apologising first.",
                    "Leon felt encouraged. He said the check-in lowers the stakes of speaking up.",
                    "Hold the check-in weekly. Bring anything he held back to the next session.")
                    .homework("Disclosures continued.", "20-minute relationship check-in."),
            birp("responsibility small-victories",
                    "First session in two weeks; last week's was cancelled due to illness. Leon told his wife about a"
                            + " larger loan request from his son before deciding anything, and they decided together.",
                    "Reinforced the change. Reviewed how the old pattern might return under stress.",
                    "Proud; he said this is the first time in either marriage he has done this. He was also realistic"
                            + " that it will take more than one good month.",
                    "Continue weekly. Keep the check-in going.")
                    .homework("Check-ins held.", "Small-victories jar."));

    // Fallback notes, rotating by session number ({name}: a first name, or "Alex and Sam").

    private static final List<Theme> THEMES = List.of(
            new Theme("check-ins consistency",
                    "{name} reviewed the past week and the agreements made in earlier sessions. Most were kept, and one"
                            + " slipped during a busy few days.",
                    "Engaged and reflective throughout, with a settled mood.",
                    "Steady progress toward the agreed goals. The routines are becoming habits rather than efforts.",
                    "Continue the current routines. Review them again next session.",
                    "Reviewed the week against the agreed goals. Worked out what to do about the agreement that"
                            + " slipped.",
                    "{name} identified what got in the way and chose one small adjustment. The mood stayed settled.",
                    "Continue the weekly check-in."),
            new Theme("small-victories patience",
                    "{name} described moments in the week that felt like real progress. Some old doubts still return.",
                    "Warm and open; some sadness when the doubts were discussed.",
                    "The gains are holding. Returning doubts are expected at this stage and do not signal a setback.",
                    "Keep noting small victories. Next session: what helps the doubts pass.",
                    "Named the progress made. Normalised the doubts that remain.",
                    "{name} accepted this and recalled two more examples of progress. The session ended on a hopeful"
                            + " note.",
                    "Write down one small victory a day."),
            new Theme("communication active-listening",
                    "{name} brought a recent conversation that went badly. The wish was to understand what happened.",
                    "Thoughtful; briefly tense while recounting it, then settled.",
                    "The difficulty lies in listening under stress more than in what is said. The skills are there but"
                            + " slip when emotions run high.",
                    "Practise listening to understand before replying. Revisit the conversation next session.",
                    "Slowed the conversation down step by step. Rehearsed reflecting back before responding.",
                    "{name} found the rehearsal awkward at first but useful by the end, and could point to the moment"
                            + " the conversation had turned.",
                    "Speaker-listener with paraphrasing, twice this week."));
}
