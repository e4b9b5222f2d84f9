package org.rapport.perf;

import java.util.List;

/**
 * The generator's words: invented names, and a handful of counselling-style sentences that are
 * combined and varied by index into notes, answers and feedback. No real person or story is behind
 * any of them.
 */
final class Texts {

    private Texts() {}

    /** First names with the pronouns the generator gives most people of that name. */
    record FirstName(String name, String pronouns) {}

    static final List<FirstName> FIRST_NAMES =
            List.of(
                    f("Alexandra"),
                    m("Samuel"),
                    f("Priya"),
                    m("Daniel"),
                    f("Elena"),
                    m("Marcus"),
                    f("Hannah"),
                    m("Oliver"),
                    f("Sofia"),
                    m("Noah"),
                    f("Aisha"),
                    m("Christopher"),
                    f("Jamie"),
                    n("Riley"),
                    f("Grace"),
                    m("Mateo"),
                    f("Fatima"),
                    m("Ethan"),
                    f("Zoe"),
                    m("Leon"),
                    f("Nadia"),
                    m("Isaac"),
                    f("Maya"),
                    m("Lucas"),
                    f("Amara"),
                    m("Jonas"),
                    f("Leila"),
                    m("Tomás"),
                    f("Ingrid"),
                    m("Kwame"),
                    f("Rosa"),
                    m("Felix"),
                    f("Yuki"),
                    m("Omar"),
                    f("Clara"),
                    m("Henrik"),
                    f("Nina"),
                    m("Ravi"),
                    f("Julia"),
                    m("Andre"),
                    f("Mei"),
                    m("Patrick"),
                    f("Lucia"),
                    m("Tobias"),
                    f("Esther"),
                    m("Victor"),
                    f("Chiara"),
                    m("David"),
                    f("Anya"),
                    m("Malik"),
                    n("Taylor"),
                    n("Morgan"),
                    n("Jordan"),
                    n("Quinn"),
                    f("Helena"),
                    m("Arjun"),
                    f("Beatriz"),
                    m("Simon"),
                    f("Ella"),
                    m("Gabriel"),
                    f("Mira"),
                    m("Paul"),
                    f("Lena"),
                    m("Yusuf"));

    /** Preferred names some people go by. */
    static final java.util.Map<String, String> NICKNAMES =
            java.util.Map.of(
                    "Alexandra",
                    "Alex",
                    "Samuel",
                    "Sam",
                    "Christopher",
                    "Chris",
                    "Daniel",
                    "Dan",
                    "Oliver",
                    "Ollie",
                    "Patrick",
                    "Pat",
                    "Gabriel",
                    "Gabe",
                    "Tobias",
                    "Toby",
                    "Beatriz",
                    "Bia",
                    "Jonas",
                    "Jo");

    static final List<String> LAST_NAMES =
            List.of(
                    "Rivera",
                    "Okafor",
                    "Shah",
                    "Mercer",
                    "Petrova",
                    "Bell",
                    "Lindqvist",
                    "Grant",
                    "Alvarez",
                    "Fischer",
                    "Karimi",
                    "Novak",
                    "Thompson",
                    "Liu",
                    "Silva",
                    "Haddad",
                    "Walsh",
                    "Martin",
                    "Becker",
                    "Rahman",
                    "Cohen",
                    "Brooks",
                    "Park",
                    "Lee",
                    "Reyes",
                    "Andersen",
                    "Moreau",
                    "Kowalski",
                    "Mensah",
                    "Nakamura",
                    "Costa",
                    "Schmidt",
                    "O'Brien",
                    "Hughes",
                    "Varga",
                    "Jensen",
                    "Rossi",
                    "Ibrahim",
                    "Patel",
                    "Ferreira",
                    "Dubois",
                    "Nowak",
                    "Sato",
                    "Keller",
                    "Murphy",
                    "Santos",
                    "Larsen",
                    "Adeyemi",
                    "Horvat",
                    "Berg",
                    "Quinn",
                    "Novotny",
                    "Wagner",
                    "Delgado",
                    "Ahmed",
                    "Lambert",
                    "Fontaine",
                    "Yilmaz",
                    "Eriksen",
                    "Byrne");

    static final List<String> STREETS =
            List.of(
                    "Linden Street",
                    "Harbor View",
                    "Mill Lane",
                    "Orchard Road",
                    "Station Street",
                    "Chestnut Avenue",
                    "Riverside Walk",
                    "Elm Court",
                    "Maple Grove",
                    "Church Lane");

    static final List<String> TOWNS =
            List.of("Springfield", "Lakeside", "Fairview", "Brookfield", "Riverton", "Oakdale");

    static final List<String> RELATIONS =
            List.of(
                    "Sister",
                    "Brother",
                    "Mother",
                    "Father",
                    "Friend",
                    "Cousin",
                    "Daughter",
                    "Son",
                    "Aunt",
                    "Neighbour");

    static final List<String> CONCERN_KEYS =
            List.of(
                    "INFIDELITY",
                    "DISHONESTY",
                    "BROKEN_PROMISES",
                    "EMOTIONAL_WITHDRAWAL",
                    "LACK_OF_SUPPORT",
                    "COMMUNICATION_BREAKDOWN",
                    "JEALOUSY",
                    "PAST_BETRAYAL");

    static final List<String> CONCERN_NOTES =
            List.of(
                    "Discovered a partner's emotional affair; finds reassurances hard to believe.",
                    "Feels they carry the household alone and that promises are not kept.",
                    "Hid debts from a partner and wants to come clean.",
                    "Trust difficulties rooted in a previous relationship that ended in betrayal.",
                    "Arguments escalate quickly; both withdraw for days afterwards.",
                    "Checks a partner's messages and wants to stop.",
                    "Grief after a loss has left the couple distant from each other.",
                    "New parents; feel alone and unsupported.",
                    "Second marriage; old habits of keeping things to themselves.",
                    "Referred by the GP after months of low mood about the relationship.",
                    "Wants to decide whether to stay in the relationship.",
                    "Self-referred after a break-up; wants to understand the pattern.");

    static final List<String> CONSENT_NOTES =
            List.of(
                    "Consent to treatment signed at intake.",
                    "Consent to couple and individual treatment signed at intake. Agreed to the no-secrets policy.",
                    "Consent to individual treatment signed. No releases.",
                    "Consent signed. Release of information to the GP for coordination only.");

    record Diagnosis(String code, String label) {}

    static final List<Diagnosis> DIAGNOSES =
            List.of(
                    new Diagnosis("Z63.0", "Problems in relationship with spouse or partner"),
                    new Diagnosis(
                            "F43.23", "Adjustment disorder with mixed anxiety and depressed mood"),
                    new Diagnosis("F41.1", "Generalized anxiety disorder"),
                    new Diagnosis("F32.0", "Mild depressive episode"),
                    new Diagnosis("Z63.5", "Disruption of family by separation and divorce"),
                    new Diagnosis("Z73.3", "Stress, not elsewhere classified"));

    static final List<String> COUPLE_GOALS =
            List.of(
                    "Rebuild trust after the affair: agree on transparency about phones and evenings out; weekly check-in at home.",
                    "Share the load at home; keep the promises they make each other, starting small.",
                    "Rebuild honesty about money.",
                    "Learn to stop arguments from escalating and to come back to a conversation after a pause.",
                    "Decide together whether and how to continue the relationship.",
                    "Find time for each other again alongside the children and work.");

    static final List<String> MEMOS =
            List.of(
                    "Bring the intake forms",
                    "Evening slot: both work days",
                    "May be a few minutes late after work",
                    "Prefers the ground-floor room",
                    "Check the video link works");

    static final List<String> CANCELLED_BY_CLIENT =
            List.of(
                    "Unwell",
                    "Work commitment",
                    "Childcare fell through",
                    "Travelling",
                    "Family emergency",
                    "Asked to skip this week");

    static final List<String> LATE_CANCELLATION =
            List.of("Cancelled the same morning", "Car trouble", "Unwell");

    static final List<String> NO_SHOW = List.of("No contact", "Forgot the appointment");

    static final List<String> CANCELLED_BY_COUNSELOR = List.of("Counselor unwell", "Training day");

    static final List<String> DISCHARGE_REASONS =
            List.of(
                    "Goals met",
                    "Ended therapy by agreement",
                    "Moved away",
                    "Referred to a local counselor",
                    "Chose to end therapy",
                    "No contact after several sessions");

    // ---------------------------------------------------------------- session notes

    /**
     * A note's sentences ({name}: a first name, or "Alex and Sam"), from which each format takes
     * what it needs; keys are strategy keys of the exercise library.
     */
    record Theme(
            String keys,
            String reported,
            String observed,
            String assessment,
            String plan,
            String intervention,
            String response,
            String assigned) {}

    static final Theme INTAKE =
            new Theme(
                    "acknowledge root-causes",
                    "Intake session. {name} described what brought them to counseling: a loss of trust that has built up over"
                            + " the past year, arguments that go round in circles and a wish to feel safe with each other again.",
                    "Attentive and open, somewhat anxious at the start; settled as the session went on.",
                    "A clear wish for change and enough goodwill to work with. No risk to self or others reported.",
                    "Agree goals at the next session. Consent and the confidentiality policy explained and signed.",
                    "History taken, goals explored, the way sessions work and the confidentiality policy explained.",
                    "{name} asked good questions about the process and agreed to weekly sessions.",
                    "Write down privately what you would like to be different in six months.");

    static final List<Theme> THEMES =
            List.of(
                    new Theme(
                            "check-ins consistency",
                            "{name} reviewed the past week and the agreements made in earlier sessions. Most were kept, and"
                                    + " one slipped during a busy few days.",
                            "Engaged and reflective throughout, with a settled mood.",
                            "Steady progress toward the agreed goals. The routines are becoming habits rather than efforts.",
                            "Continue the current routines. Review them again next session.",
                            "Reviewed the week against the agreed goals. Worked out what to do about the agreement that"
                                    + " slipped.",
                            "{name} identified what got in the way and chose one small adjustment.",
                            "Continue the weekly check-in."),
                    new Theme(
                            "small-victories patience",
                            "{name} described moments in the week that felt like real progress. Some old doubts still return.",
                            "Warm and open; some sadness when the doubts were discussed.",
                            "The gains are holding. Returning doubts are expected at this stage and do not signal a setback.",
                            "Keep noting small victories. Next session: what helps the doubts pass.",
                            "Named the progress made. Normalised the doubts that remain.",
                            "{name} accepted this and recalled two more examples of progress.",
                            "Write down one small victory a day."),
                    new Theme(
                            "communication active-listening",
                            "{name} brought a recent conversation that went badly. The wish was to understand what happened.",
                            "Thoughtful; briefly tense while recounting it, then settled.",
                            "The difficulty lies in listening under stress more than in what is said. The skills are there"
                                    + " but slip when emotions run high.",
                            "Practise listening to understand before replying. Revisit the conversation next session.",
                            "Slowed the conversation down step by step. Rehearsed reflecting back before responding.",
                            "{name} found the rehearsal awkward at first but useful by the end.",
                            "Speaker-listener with paraphrasing, twice this week."),
                    new Theme(
                            "transparency boundaries",
                            "{name} talked about what openness should look like day to day: plans, money and contacts, and"
                                    + " how much is enough without it turning into control.",
                            "Calm and cooperative; a little guarded when money came up.",
                            "Agreeing concrete boundaries lowers the background suspicion. The agreement needs testing in"
                                    + " ordinary weeks.",
                            "Write the agreement down and try it for two weeks. Review what felt fair and what did not.",
                            "Helped turn general wishes into specific, checkable agreements.",
                            "{name} was relieved to have something concrete and proposed one change to the wording.",
                            "Everyday openness routine: plans, money and contacts."),
                    new Theme(
                            "responsibility forgiveness",
                            "{name} returned to the hurt at the centre of the work. It came up again after a reminder during"
                                    + " the week.",
                            "Tearful at times, then steadier; able to stay with the feeling without shutting down.",
                            "The repair is moving from explaining to owning. Forgiveness is not on a timetable and was not"
                                    + " pressed.",
                            "Keep the repair conversation going at home in short, agreed doses.",
                            "Separated acknowledging the hurt from solving the problem. Modelled an apology that owns the"
                                    + " impact without excuses.",
                            "{name} said it was the first time the conversation did not end in an argument.",
                            "Repair conversation after a slip."),
                    new Theme(
                            "recognize-signs root-causes",
                            "{name} noticed the old urge to check and to expect the worst. It was strongest late in the evening"
                                    + " and after long days at work.",
                            "Reflective, with some embarrassment when describing the checking.",
                            "The urges are linked to an earlier betrayal more than to anything in the present relationship."
                                    + " Naming the link reduces their pull.",
                            "Keep the trigger journal and use the pause before acting on an urge.",
                            "Mapped the triggers of the week and linked them to the earlier experience.",
                            "{name} recognised the pattern and said it made the reaction feel less out of proportion.",
                            "Trigger journal for moments of suspicion."),
                    new Theme(
                            "vulnerability connection",
                            "{name} spoke about feeling distant and about missing the closeness of earlier years.",
                            "Quiet at first, then more animated when remembering good times together.",
                            "Closeness has been crowded out by the hard conversations. Planned time together is part of the"
                                    + " repair, not a distraction from it.",
                            "Plan one shared activity that has nothing to do with the problems.",
                            "Explored what closeness looked like before and what small part of it could return now.",
                            "{name} smiled while planning the evening and named one fear about it.",
                            "New-experience date plan."),
                    new Theme(
                            "consistency self-growth",
                            "{name} talked about the promises kept and broken since the last session, and about feeling"
                                    + " overwhelmed at work.",
                            "Tired but engaged; frustrated with themself at moments.",
                            "Reliability improves when commitments are small and visible. Overcommitting remains the risk.",
                            "Choose one daily promise that is easy to keep and log it.",
                            "Reviewed the promise log and scaled commitments down to what is realistic.",
                            "{name} chose a smaller promise and felt relieved rather than defeated.",
                            "Daily reliability ritual."));

    /** Sentences added to a note by index, so that notes of the same theme still differ. */
    static final List<String> DETAILS =
            List.of(
                    "A difficult family visit at the weekend was mentioned briefly.",
                    "Work has been busier than usual this month.",
                    "Sleep has improved since the last session.",
                    "The children were unwell for part of the week, which left little time together.",
                    "A reminder of the past came up unexpectedly on social media.",
                    "They managed a calm conversation about money for the first time in weeks.",
                    "An argument on Thursday was paused and picked up again the next day.",
                    "The weekly check-in at home was kept both weeks.",
                    "A friend's wedding brought up mixed feelings.",
                    "The anniversary of the discovery is coming up next month.",
                    "They have started walking together in the evenings.",
                    "Contact with the person involved has not happened since the spring.",
                    "Holiday plans were discussed without an argument.",
                    "One evening out ended earlier than planned after a misunderstanding.",
                    "A new job offer is causing some uncertainty at home.",
                    "Both said the mornings are easier than the evenings.");

    static final List<String> OTHER_INTERVENTIONS =
            List.of(
                    "Speaker-listener practice by role-play",
                    "Gottman-style soft start-up practice",
                    "Grounding exercise for flashback-like images",
                    "Psychoeducation on the pursue-withdraw cycle",
                    "Genogram of earlier relationships");

    static final List<String> RISK_LOW =
            List.of(
                    "Passive thoughts of not wanting to be here after the argument; no plan or intent. Safety plan reviewed.",
                    "Drinking more in the evenings this month; agreed to keep a record and to review next session.");

    static final List<String> RISK_MODERATE =
            List.of(
                    "Reported thoughts of self-harm during the week without acting on them. Safety plan updated, crisis"
                            + " numbers shared, GP informed with consent.");

    static final List<String> RISK_HIGH =
            List.of(
                    "Disclosed a specific plan. Crisis team contacted during the session; client stayed until the handover.");

    static final List<String> HOMEWORK_REVIEWED =
            List.of(
                    "Done twice; found it useful.",
                    "Started but not finished; too busy this week.",
                    "Kept up every day.",
                    "Not done; discussed what got in" + " the way.",
                    "Done together on Sunday evening.");

    static final List<String> ADDENDA =
            List.of(
                    "Correction: the session started ten minutes late at the client's request; the length recorded is right.",
                    "Addendum: the GP letter mentioned in the plan was sent on the following Monday.",
                    "Correction: the homework agreed was the trigger journal, not the promise log.");

    static final List<String> PROCESS_NOTES =
            List.of(
                    "I noticed my own impatience when the same story came round again. Worth taking to supervision.",
                    "Felt pulled to side with one partner today; keep an eye on balance next time.",
                    "Hunch: the checking eases when the evenings are planned. Test it gently.");

    // ---------------------------------------------------------------- homework and check-ins

    static final List<String> INSTRUCTIONS =
            List.of(
                    "Ten minutes is enough. Write what you noticed, not what you think you should have noticed.",
                    "Sunday evenings after dinner, phones face down on the table.",
                    "Do it on your own first; share it only when you want to.",
                    "Keep it short and honest rather than long and perfect.",
                    "If a day is missed, just pick it up again the next day.");

    static final List<String> ANSWERS =
            List.of(
                    "It was harder than I expected to start, but once we sat down it went well.",
                    "The evening after the long day at work was the hardest; I noticed I wanted to go quiet.",
                    "Telling my partner before being asked made a real difference to how the evening felt.",
                    "I caught myself expecting the worst and stopped to ask what I actually know.",
                    "We kept it to twenty minutes, which helped. Nobody felt cornered.",
                    "Writing it down first calmed me enough to say it kindly.",
                    "I noticed how often I assume instead of asking.",
                    "It felt a bit forced at first, but by the end we were laughing.",
                    "The hardest part was not explaining myself straight away and just listening.",
                    "A small thing: we both remembered to text when plans changed.",
                    "I felt closer to my partner than I have in weeks.",
                    "It brought up an old memory that I want to talk about in the next session.",
                    "I skipped the last question because it was too much for tonight.",
                    "It was easier on the weekend when we were both rested.",
                    "I realised the trigger is less the phone and more the not knowing.",
                    "We agreed on one change for next week and wrote it on the fridge.");

    static final List<String> FEEDBACK =
            List.of(
                    "Thank you for writing this down so honestly. Let's look at the evening pattern together next session.",
                    "A real step: you raised it before you were asked. Keep the list short and honest.",
                    "Notice how much calmer it felt when nothing had to be dug out.",
                    "Missing a day is part of it. What matters is picking it up again, as you did.",
                    "This is exactly the kind of small victory worth bringing to the session.");

    static final List<String> CHECKIN_COMMENTS =
            List.of(
                    "A harder week; I want to talk about Thursday.",
                            "We laughed a lot this weekend. It felt like us again.",
                    "Telling each other about our days is getting easier.",
                            "I felt I was back on trial this week.",
                    "Nothing special, just a calm week.",
                            "The reminder of the past knocked me back a bit.");

    private static FirstName f(String name) {
        return new FirstName(name, "she/her");
    }

    private static FirstName m(String name) {
        return new FirstName(name, "he/him");
    }

    private static FirstName n(String name) {
        return new FirstName(name, "they/them");
    }
}
