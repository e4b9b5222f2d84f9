package org.rapport.perf;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The practice in memory: counselors, clients, couples, their courses of counseling ("cases") and
 * every appointment, planned before anything is written. Each counselor's week has 55 hourly slots
 * (Monday to Friday, 08:00 to 18:00 local time); a weekly or two-weekly series keeps its slot for
 * its whole course, so no counselor and no client is ever in two overlapping appointments. Intakes
 * take two slots (80 min).
 */
final class Practice {

    static final int DAYS = 5;
    static final int HOURS = 11;
    static final int FIRST_HOUR = 8;
    static final int SLOTS = DAYS * HOURS;

    /** How far ahead active clients' series are booked. */
    static final int WEEKS_AHEAD = 8;

    static final String SCHEDULED = "SCHEDULED";
    static final String COMPLETED = "COMPLETED";
    static final String CANCELLED_BY_CLIENT = "CANCELLED_BY_CLIENT";
    static final String CANCELLED_BY_COUNSELOR = "CANCELLED_BY_COUNSELOR";
    static final String LATE_CANCELLATION = "LATE_CANCELLATION";
    static final String NO_SHOW = "NO_SHOW";

    final Sizes size;
    final long seed;
    final LocalDate today;
    final ZoneId zone;

    /**
     * "Now" for the whole dataset: 07:00 on {@link #today}, before the first appointment of the
     * day.
     */
    final Instant now;

    /** The Monday of week 0, about five years before today. */
    final LocalDate firstMonday;

    final int todayWeek;

    final List<Counselor> counselors = new ArrayList<>();
    final List<Person> clients = new ArrayList<>();
    final List<Couple> couples = new ArrayList<>();
    final List<Case> cases = new ArrayList<>();
    final List<Appt> appointments = new ArrayList<>();

    /** Completed appointments that get a signed note, in the order the notes were written. */
    final List<Appt> noted = new ArrayList<>();

    int notesTarget;

    static final class Counselor {
        int index;
        long accountId;
        String email;
        String displayName;
        String noteFormat;
        boolean soapForCouples;
        String room;
        Instant createdAt;
        final BitSet busy = new BitSet();
        final Set<Integer> leaveWeeks = new HashSet<>();
    }

    static final class Person {
        long id;

        /**
         * The number in the e-mail address: active clients first, then the waitlist, then the
         * discharged.
         */
        int number;

        long accountId;
        String firstName;
        String legalName;
        String preferredName;
        String pronouns;
        LocalDate birth;
        String phone;
        String address;
        String emergencyName;
        String emergencyRelation;
        String emergencyPhone;
        List<String> concerns;
        String concernsNote;
        String consent;
        List<Texts.Diagnosis> diagnoses;
        Counselor counselor;
        Case mainCase;
        Couple couple;
        Instant createdAt;
        LocalDate intakeDate;
        final List<StatusChange> history = new ArrayList<>();

        String email() {
            return "client" + number + "@bench.rapport";
        }

        int rank() {
            String status = current().status();
            return status.equals("ACTIVE") ? 0 : status.equals("WAITLIST") ? 1 : 2;
        }

        String name() {
            return preferredName != null ? preferredName : legalName;
        }

        StatusChange current() {
            return history.get(history.size() - 1);
        }

        /** A client whose course is over or not begun: the portal still works for them. */
        boolean active() {
            return current().status().equals("ACTIVE");
        }
    }

    record StatusChange(String status, LocalDate effectiveOn, String reason, Instant recordedAt) {}

    static final class Couple {
        long id;
        Person one;
        Person two;
        Counselor counselor;
        String relationshipType;
        LocalDate togetherSince;
        String confidentiality;
        String goals;
        Case mainCase;
        Instant createdAt;
        LocalDate endedOn;
        Instant endedAt;

        String firstNames() {
            return one.firstName + " and " + two.firstName;
        }
    }

    /**
     * A course of counseling: an individual client, a couple, or a partner's own sessions beside
     * the couple's.
     */
    static final class Case {
        int index;
        Person client;
        Couple couple;
        Counselor counselor;
        Case parent;
        int every;
        int sessions;
        boolean active;
        int firstWeek;
        int lastWeek;
        int slot;
        int intakeWeek = -1;
        int intakeSlot;
        int minutes;
        boolean telehealth;
        String memo;
        Instant bookedAt;
        long seriesId;
        double compliance;
        LocalDate endedOn;
        final List<Appt> appts = new ArrayList<>();

        boolean isCouple() {
            return couple != null;
        }

        /** Who the sessions are with, by first name ("Alex and Sam"). */
        String names() {
            return couple != null ? couple.firstNames() : client.firstName;
        }

        List<Person> people() {
            return couple != null ? List.of(couple.one, couple.two) : List.of(client);
        }
    }

    static final class Appt {
        long id;
        Case kase;
        boolean intake;
        int sessionNumber;
        long start;
        int minutes;
        String status = SCHEDULED;
        String reason;
        Instant updatedAt;
        boolean noted;
        long noteId;
        long signedAt;

        long end() {
            return start + minutes * 60L;
        }
    }

    Practice(Sizes size, long seed, LocalDate today, ZoneId zone) {
        this.size = size;
        this.seed = seed;
        this.today = today;
        this.zone = zone;
        this.now = today.atTime(7, 0).atZone(zone).toInstant();
        this.firstMonday =
                today.minusYears(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.todayWeek = (int) ChronoUnit.WEEKS.between(firstMonday, today);
    }

    /**
     * A random source of its own for each part of the plan, so one part can change without moving
     * the others.
     */
    SplittableRandom random(int part) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + part * 0xBF58476D1CE4E5B9L);
    }

    void plan() {
        planCounselors(random(1));
        planPeople(random(2));
        planSessions(random(3));
        placeCases(random(4));
        datePeople(random(5));
        numberEverything();
        settleStatuses(random(6));
        chooseNotes(random(7));
    }

    // ---------------------------------------------------------------- counselors

    private void planCounselors(SplittableRandom r) {
        String[] formats = {
            "SOAP", "SOAP", "SOAP", "DAP", "DAP", "DAP", "BIRP", "BIRP", "BIRP", "PROGRESS"
        };
        for (int i = 0; i < size.counselors(); i++) {
            Counselor k = new Counselor();
            k.index = i;
            k.accountId = 2 + i;
            k.email = "counselor" + (i + 1) + "@bench.rapport";
            Texts.FirstName first = pick(r, Texts.FIRST_NAMES);
            k.displayName = first.name() + " " + pick(r, Texts.LAST_NAMES);
            k.noteFormat = formats[r.nextInt(formats.length)];
            k.soapForCouples = r.nextInt(3) == 0;
            k.room = "Room " + (1 + i % 6);
            k.createdAt = at(firstMonday.minusDays(30 + r.nextInt(60)), 10, 0);
            for (int year = 0; year * 52 < todayWeek; year++) {
                int week = year * 52 + 20 + r.nextInt(25);
                k.leaveWeeks.add(week);
                k.leaveWeeks.add(week + 1);
            }
            counselors.add(k);
        }
    }

    // ---------------------------------------------------------------- clients and couples

    private void planPeople(SplittableRandom r) {
        int partners = size.couples() * 2;
        int individuals = size.clients() - partners;
        int waitlist = Math.max(1, Math.round(individuals * 0.03f));
        List<Counselor> deal = dealer(r, size.couples());
        for (int i = 0; i < size.couples(); i++) {
            Counselor counselor = deal.get(i);
            Couple couple = new Couple();
            couple.counselor = counselor;
            couple.one = person(r, counselor, null);
            couple.two = person(r, counselor, r.nextBoolean() ? lastName(couple.one) : null);
            couple.one.couple = couple;
            couple.two.couple = couple;
            String shared = pick(r, Texts.CONCERN_KEYS);
            for (Person partner : List.of(couple.one, couple.two)) {
                if (!partner.concerns.contains(shared)) {
                    partner.concerns.add(0, shared);
                }
            }
            String[] types = {
                "MARRIED",
                "MARRIED",
                "MARRIED",
                "LIVING_TOGETHER",
                "LIVING_TOGETHER",
                "CIVIL_PARTNERSHIP",
                "ENGAGED",
                "DATING",
                "SEPARATED",
                "OTHER"
            };
            couple.relationshipType = types[r.nextInt(types.length)];
            couple.confidentiality = r.nextInt(5) < 3 ? "NO_SECRETS" : "INDIVIDUAL_CONFIDENTIAL";
            couple.goals = r.nextInt(10) < 8 ? pick(r, Texts.COUPLE_GOALS) : null;
            couples.add(couple);
            clients.add(couple.one);
            clients.add(couple.two);
            Case kase = newCase(null, couple, counselor, r);
            couple.mainCase = kase;
            couple.one.mainCase = kase;
            couple.two.mainCase = kase;
        }
        deal = dealer(r, individuals);
        for (int i = 0; i < individuals; i++) {
            Person person = person(r, deal.get(i), null);
            clients.add(person);
            if (i >= waitlist) {
                person.mainCase = newCase(person, null, person.counselor, r);
            }
        }
    }

    /** Counselors in an order that gives each the same share, shuffled. */
    private List<Counselor> dealer(SplittableRandom r, int count) {
        List<Counselor> deal = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            deal.add(counselors.get(i % counselors.size()));
        }
        shuffle(r, deal);
        return deal;
    }

    private Person person(SplittableRandom r, Counselor counselor, String familyName) {
        Person p = new Person();
        Texts.FirstName first = pick(r, Texts.FIRST_NAMES);
        String last = familyName != null ? familyName : pick(r, Texts.LAST_NAMES);
        p.legalName = first.name() + " " + last;
        String nickname = Texts.NICKNAMES.get(first.name());
        p.preferredName = nickname != null && r.nextInt(3) == 0 ? nickname : null;
        p.firstName = p.preferredName != null ? p.preferredName : first.name();
        p.pronouns = r.nextInt(25) == 0 ? "they/them" : first.pronouns();
        p.birth = today.minusYears(22 + r.nextInt(47)).minusDays(r.nextInt(365));
        p.counselor = counselor;
        p.concerns = new ArrayList<>();
        int concerns = 1 + r.nextInt(3);
        while (p.concerns.size() < concerns) {
            String concern = pick(r, Texts.CONCERN_KEYS);
            if (!p.concerns.contains(concern)) {
                p.concerns.add(concern);
            }
        }
        p.concernsNote = r.nextInt(10) < 7 ? pick(r, Texts.CONCERN_NOTES) : null;
        p.consent = pick(r, Texts.CONSENT_NOTES);
        p.diagnoses = new ArrayList<>();
        int diagnoses = r.nextInt(10) < 6 ? 1 : r.nextInt(10) < 5 ? 2 : 0;
        while (p.diagnoses.size() < diagnoses) {
            Texts.Diagnosis diagnosis = pick(r, Texts.DIAGNOSES);
            if (!p.diagnoses.contains(diagnosis)) {
                p.diagnoses.add(diagnosis);
            }
        }
        if (r.nextInt(10) < 6) {
            p.address =
                    (1 + r.nextInt(120))
                            + " "
                            + pick(r, Texts.STREETS)
                            + "\n"
                            + pick(r, Texts.TOWNS);
        }
        if (r.nextBoolean()) {
            p.emergencyName =
                    pick(r, Texts.FIRST_NAMES).name()
                            + " "
                            + (r.nextBoolean() ? last : pick(r, Texts.LAST_NAMES));
            p.emergencyRelation = pick(r, Texts.RELATIONS);
            p.emergencyPhone = phone(r);
        }
        p.phone = r.nextInt(10) < 9 ? phone(r) : null;
        return p;
    }

    private static String lastName(Person person) {
        return person.legalName.substring(person.legalName.indexOf(' ') + 1);
    }

    /** Invented numbers in the 555-01xx range, which is reserved for fiction. */
    private static String phone(SplittableRandom r) {
        return String.format("(555) 01%d-%04d", r.nextInt(10), r.nextInt(10_000));
    }

    private Case newCase(Person client, Couple couple, Counselor counselor, SplittableRandom r) {
        Case c = new Case();
        c.index = cases.size();
        c.client = client;
        c.couple = couple;
        c.counselor = counselor;
        c.every = r.nextInt(100) < (couple != null ? 80 : 65) ? 1 : 2;
        c.minutes = couple != null && r.nextBoolean() ? 60 : 50;
        c.telehealth = r.nextInt(10) < 3;
        c.memo = r.nextInt(30) == 0 ? pick(r, Texts.MEMOS) : null;
        c.compliance = 0.45 + r.nextDouble() * 0.45;
        cases.add(c);
        return c;
    }

    // ---------------------------------------------------------------- how many sessions each
    // course has

    private int cap(Case c) {
        if (c.parent != null) {
            int parentSpan = (c.parent.sessions - 1) * c.parent.every;
            return Math.max(0, (parentSpan - 2) / 2 + 1);
        }
        return (todayWeek - 4) / c.every + 1;
    }

    private void planSessions(SplittableRandom r) {
        List<Case> main = new ArrayList<>(cases);
        int budget = size.appointments() - main.size(); // one intake per main case
        double[] weight = new double[main.size()];
        double total = 0;
        for (int i = 0; i < weight.length; i++) {
            weight[i] = Math.exp(0.8 * gaussian(r)) * (main.get(i).isCouple() ? 1.2 : 1.0);
            total += weight[i];
        }
        int mainBudget = (int) Math.round(budget * 0.94);
        for (int i = 0; i < weight.length; i++) {
            Case c = main.get(i);
            c.sessions = clamp((int) Math.round(mainBudget * weight[i] / total), 3, cap(c));
        }
        // a quarter of the couples: one partner also comes on their own every two weeks during the
        // couple work
        List<Case> parents = new ArrayList<>();
        for (Couple couple : couples) {
            if (couple.mainCase.sessions >= 10 && r.nextInt(4) == 0) {
                Case sub =
                        newCase(
                                r.nextBoolean() ? couple.one : couple.two,
                                null,
                                couple.counselor,
                                r);
                sub.parent = couple.mainCase;
                sub.every = 2;
                sub.minutes = 50;
                sub.sessions =
                        clamp(
                                (int)
                                        Math.round(
                                                couple.mainCase.sessions
                                                        * couple.mainCase.every
                                                        / 2.0
                                                        * (0.3 + 0.4 * r.nextDouble())),
                                2,
                                cap(sub));
                parents.add(couple.mainCase);
            }
        }
        int sum = cases.stream().mapToInt(c -> c.sessions).sum();
        int guard = 0;
        while (sum != budget) {
            if (++guard > 50_000_000) {
                throw new IllegalStateException(
                        "Cannot spread "
                                + budget
                                + " sessions over "
                                + cases.size()
                                + " courses: choose a larger size or fewer appointments");
            }
            Case c = cases.get(r.nextInt(cases.size()));
            if (sum < budget && c.parent == null && c.sessions < cap(c)) {
                c.sessions++;
                sum++;
            } else if (sum > budget && c.parent == null && !parents.contains(c) && c.sessions > 3) {
                c.sessions--;
                sum--;
            }
        }
        // a course is under way today with the chance a course of its length overlaps a given week,
        // so that
        // today's calendar is as full as the weeks before it
        for (Case c : main) {
            double span = (c.sessions - 1) * c.every + 1 + WEEKS_AHEAD / 2.0;
            c.active = r.nextDouble() < Math.min(1.0, span / (todayWeek - 4));
        }
    }

    // ---------------------------------------------------------------- the calendar

    private void placeCases(SplittableRandom r) {
        List<Case> order = new ArrayList<>(cases.stream().filter(c -> c.parent == null).toList());
        // the longest courses first: they are the hardest to fit
        order.sort(Comparator.comparingInt((Case c) -> -(c.sessions - 1) * c.every));
        for (Case c : order) {
            if (!placeMain(c, r)) {
                throw new IllegalStateException(
                        "No free weekly slot for a course of "
                                + c.sessions
                                + " sessions with "
                                + c.counselor.email
                                + ": the calendar is too full for this size");
            }
        }
        for (Case c : cases) {
            if (c.parent != null && !placeSub(c, r)) {
                throw new IllegalStateException(
                        "No free slot for a partner's own sessions with " + c.counselor.email);
            }
        }
        for (Case c : cases) {
            Case timing = c.parent != null ? c.parent : c;
            c.active = timing.active && c.lastWeek >= todayWeek;
            if (c.intakeWeek >= 0) {
                Appt intake = appt(c, c.intakeWeek, c.intakeSlot, 80);
                intake.intake = true;
            }
            for (int week = c.firstWeek, n = 1; week <= c.lastWeek; week += c.every, n++) {
                appt(c, week, c.slot, c.minutes).sessionNumber = n;
            }
        }
    }

    private boolean placeMain(Case c, SplittableRandom r) {
        int span = (c.sessions - 1) * c.every;
        for (int attempt = 0; attempt < 500; attempt++) {
            int last =
                    c.active
                            ? todayWeek + 1 + r.nextInt(WEEKS_AHEAD)
                            : span + 3 + r.nextInt(Math.max(1, todayWeek - 1 - (span + 3) + 1));
            int first = last - span;
            if (first < 3) {
                continue;
            }
            int slot = freeSlot(c.counselor, first, last, c.every, r.nextInt(SLOTS));
            if (slot < 0) {
                continue;
            }
            int[] intake = freeDoubleSlot(c.counselor, first - 1, r);
            if (intake == null) {
                continue;
            }
            occupy(c.counselor, first, last, c.every, slot);
            c.counselor.busy.set(intake[0] * SLOTS + intake[1]);
            c.counselor.busy.set(intake[0] * SLOTS + intake[1] + 1);
            c.firstWeek = first;
            c.lastWeek = last;
            c.slot = slot;
            c.intakeWeek = intake[0];
            c.intakeSlot = intake[1];
            return true;
        }
        return false;
    }

    private boolean placeSub(Case c, SplittableRandom r) {
        Case p = c.parent;
        int span = (c.sessions - 1) * c.every;
        int room = p.lastWeek - span - (p.firstWeek + 1);
        for (int attempt = 0; attempt < 200 && room >= 0; attempt++) {
            int first = p.firstWeek + 1 + r.nextInt(room + 1);
            int slot = freeSlot(c.counselor, first, first + span, c.every, r.nextInt(SLOTS));
            if (slot >= 0) {
                occupy(c.counselor, first, first + span, c.every, slot);
                c.firstWeek = first;
                c.lastWeek = first + span;
                c.slot = slot;
                return true;
            }
        }
        return false;
    }

    private static int freeSlot(Counselor k, int first, int last, int every, int offset) {
        for (int i = 0; i < SLOTS; i++) {
            int slot = (offset + i) % SLOTS;
            boolean free = true;
            for (int week = first; week <= last && free; week += every) {
                free = !k.busy.get(week * SLOTS + slot);
            }
            if (free) {
                return slot;
            }
        }
        return -1;
    }

    /** Two consecutive hours on one day, in the given week or up to three weeks before it. */
    private static int[] freeDoubleSlot(Counselor k, int week, SplittableRandom r) {
        for (int w = week; w >= Math.max(0, week - 3); w--) {
            int offset = r.nextInt(SLOTS);
            for (int i = 0; i < SLOTS; i++) {
                int slot = (offset + i) % SLOTS;
                if (slot % HOURS < HOURS - 1
                        && !k.busy.get(w * SLOTS + slot)
                        && !k.busy.get(w * SLOTS + slot + 1)) {
                    return new int[] {w, slot};
                }
            }
        }
        return null;
    }

    private static void occupy(Counselor k, int first, int last, int every, int slot) {
        for (int week = first; week <= last; week += every) {
            k.busy.set(week * SLOTS + slot);
        }
    }

    private Appt appt(Case c, int week, int slot, int minutes) {
        LocalDate date = firstMonday.plusWeeks(week).plusDays(slot / HOURS);
        Appt a = new Appt();
        a.kase = c;
        a.start = at(date, FIRST_HOUR + slot % HOURS, 0).getEpochSecond();
        a.minutes = minutes;
        c.appts.add(a);
        return a;
    }

    // ---------------------------------------------------------------- records' dates and statuses

    private void datePeople(SplittableRandom r) {
        for (Case c : cases) {
            Appt first = c.appts.get(0);
            Instant start = Instant.ofEpochSecond(first.start);
            // booked in office hours, a few days before the first session and never after "now"
            LocalDate firstDay = date(first.start);
            LocalDate day =
                    c.parent == null
                            ? firstDay.minusDays(2 + r.nextInt(13))
                            : firstDay.minusDays(7);
            if (!day.isBefore(today)) {
                day = today.minusDays(1 + r.nextInt(3));
            }
            c.bookedAt = at(day, 9 + r.nextInt(8), r.nextInt(60));
            if (!c.bookedAt.isBefore(start)) {
                c.bookedAt = start.minus(Duration.ofHours(20));
            }
            Appt last = c.appts.get(c.appts.size() - 1);
            if (!c.active && c.parent == null) {
                LocalDate lastDate = date(last.start);
                LocalDate ended = lastDate.plusDays(r.nextInt(15));
                c.endedOn = ended.isBefore(today) ? ended : today.minusDays(1);
                if (c.endedOn.isBefore(lastDate)) {
                    c.endedOn = lastDate;
                }
            }
        }
        for (Couple couple : couples) {
            Case c = couple.mainCase;
            couple.createdAt = c.bookedAt.minus(Duration.ofMinutes(30));
            couple.togetherSince =
                    date(c.appts.get(0).start)
                            .minusYears(1 + r.nextInt(25))
                            .minusDays(r.nextInt(365));
            if (c.endedOn != null) {
                couple.endedOn = c.endedOn;
                couple.endedAt = endOfDay(c.endedOn, r);
            }
        }
        for (Person p : clients) {
            Case c = p.mainCase;
            String by = "Record created";
            if (c == null) {
                p.createdAt =
                        at(today.minusDays(1 + r.nextInt(60)), 9 + r.nextInt(8), r.nextInt(60));
                p.history.add(
                        new StatusChange(
                                "WAITLIST", date(p.createdAt.getEpochSecond()), by, p.createdAt));
                continue;
            }
            p.intakeDate = date(c.appts.get(0).start);
            Instant created =
                    c.bookedAt.minus(
                            Duration.ofMinutes(p.couple != null && p == p.couple.two ? 40 : 50));
            if (r.nextInt(10) < 3) {
                p.createdAt = created.minus(Duration.ofDays(14 + r.nextInt(42)));
                p.history.add(
                        new StatusChange(
                                "WAITLIST", date(p.createdAt.getEpochSecond()), by, p.createdAt));
                p.history.add(
                        new StatusChange(
                                "ACTIVE",
                                date(c.bookedAt.getEpochSecond()),
                                "Intake booked",
                                c.bookedAt));
            } else {
                p.createdAt = created;
                p.history.add(
                        new StatusChange(
                                "ACTIVE", date(p.createdAt.getEpochSecond()), by, p.createdAt));
            }
            if (c.endedOn != null) {
                Instant recorded = p.couple != null ? p.couple.endedAt : endOfDay(c.endedOn, r);
                p.history.add(
                        new StatusChange(
                                "DISCHARGED",
                                c.endedOn,
                                pick(r, Texts.DISCHARGE_REASONS),
                                recorded));
            }
        }
    }

    /** Ids in the order the records were created, as the application would have given them. */
    private void numberEverything() {
        clients.sort(Comparator.comparing((Person p) -> p.createdAt));
        for (int i = 0; i < clients.size(); i++) {
            Person p = clients.get(i);
            p.id = i + 1;
            p.accountId = 2 + counselors.size() + i;
        }
        // a benchmark that takes client1..clientN gets people in care now, whose portal has
        // something to show
        List<Person> byStatus = new ArrayList<>(clients);
        byStatus.sort(Comparator.comparingInt(Person::rank).thenComparingLong(p -> p.id));
        for (int i = 0; i < byStatus.size(); i++) {
            byStatus.get(i).number = i + 1;
        }
        couples.sort(Comparator.comparing((Couple c) -> c.createdAt));
        for (int i = 0; i < couples.size(); i++) {
            couples.get(i).id = i + 1;
        }
        List<Case> booked = new ArrayList<>(cases);
        booked.sort(Comparator.comparing((Case c) -> c.bookedAt).thenComparingInt(c -> c.index));
        long id = 1;
        for (int i = 0; i < booked.size(); i++) {
            Case c = booked.get(i);
            c.seriesId = i + 1;
            for (Appt a : c.appts) {
                a.id = id++;
                appointments.add(a);
            }
        }
    }

    private void settleStatuses(SplittableRandom r) {
        List<Appt> past = new ArrayList<>();
        for (Appt a : appointments) {
            Counselor k = a.kase.counselor;
            int week = (int) ChronoUnit.WEEKS.between(firstMonday, date(a.start));
            if (a.start >= now.getEpochSecond()) {
                if (r.nextInt(100) < 3) {
                    cancel(a, CANCELLED_BY_CLIENT, pick(r, Texts.CANCELLED_BY_CLIENT), r);
                }
            } else if (k.leaveWeeks.contains(week)) {
                a.status = CANCELLED_BY_COUNSELOR;
                a.reason = "Counselor on leave";
                a.updatedAt =
                        clampToBooking(
                                a,
                                Instant.ofEpochSecond(a.start)
                                        .minus(Duration.ofDays(7 + r.nextInt(14))));
            } else {
                past.add(a);
            }
        }
        int missing = Math.max(1, (int) Math.round(size.notes() * 0.005));
        int completed = Math.min(past.size(), size.notes() + missing);
        notesTarget = Math.max(0, completed - missing);
        shuffle(r, past);
        int other = past.size() - completed;
        for (int i = 0; i < past.size(); i++) {
            Appt a = past.get(i);
            if (i >= other) {
                a.status = COMPLETED;
                a.updatedAt = Instant.ofEpochSecond(a.end() + 60L * (5 + r.nextInt(120)));
                continue;
            }
            int roll = r.nextInt(100);
            if (roll < 70) {
                cancel(a, CANCELLED_BY_CLIENT, pick(r, Texts.CANCELLED_BY_CLIENT), r);
            } else if (roll < 83) {
                cancel(a, LATE_CANCELLATION, pick(r, Texts.LATE_CANCELLATION), r);
            } else if (roll < 96) {
                a.status = NO_SHOW;
                a.reason = r.nextBoolean() ? pick(r, Texts.NO_SHOW) : null;
                a.updatedAt = Instant.ofEpochSecond(a.end() + 600);
            } else {
                cancel(a, CANCELLED_BY_COUNSELOR, pick(r, Texts.CANCELLED_BY_COUNSELOR), r);
            }
        }
        for (Appt a : appointments) {
            if (a.updatedAt != null && a.updatedAt.isAfter(now)) {
                a.updatedAt = now.minus(Duration.ofMinutes(5));
            }
        }
    }

    private void cancel(Appt a, String status, String reason, SplittableRandom r) {
        a.status = status;
        a.reason = reason;
        long hours = status.equals(LATE_CANCELLATION) ? 1 + r.nextInt(10) : 12 + r.nextInt(60);
        a.updatedAt =
                clampToBooking(a, Instant.ofEpochSecond(a.start).minus(Duration.ofHours(hours)));
    }

    private static Instant clampToBooking(Appt a, Instant when) {
        Instant booked = a.kase.bookedAt.plusSeconds(60);
        return when.isBefore(booked) ? booked : when;
    }

    /** Most completed sessions have a signed note; the few without are mostly the latest ones. */
    private void chooseNotes(SplittableRandom r) {
        List<Appt> completed =
                new ArrayList<>(
                        appointments.stream().filter(a -> a.status.equals(COMPLETED)).toList());
        completed.sort(Comparator.comparingLong((Appt a) -> -a.start).thenComparingLong(a -> a.id));
        int missing = completed.size() - notesTarget;
        int recent = missing / 2;
        List<Appt> older =
                new ArrayList<>(
                        completed.subList(Math.min(recent, completed.size()), completed.size()));
        shuffle(r, older);
        Set<Appt> without = new HashSet<>(completed.subList(0, Math.min(recent, completed.size())));
        without.addAll(older.subList(0, Math.max(0, missing - without.size())));
        for (Appt a : completed) {
            if (!without.contains(a)) {
                a.noted = true;
                noted.add(a);
            }
        }
        noted.sort(Comparator.comparingLong((Appt a) -> a.end()).thenComparingLong(a -> a.id));
        for (int i = 0; i < noted.size(); i++) {
            noted.get(i).noteId = i + 1;
        }
    }

    // ---------------------------------------------------------------- helpers

    Instant at(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), zone).toInstant();
    }

    LocalDate date(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(zone).toLocalDate();
    }

    /** A moment after the day's last session (they end by 19:00), never after "now". */
    Instant endOfDay(LocalDate date, SplittableRandom r) {
        Instant at = at(date, 19, r.nextInt(50));
        return at.isBefore(now) ? at : now.minus(Duration.ofMinutes(10));
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    static <T> void shuffle(SplittableRandom r, List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }

    static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
