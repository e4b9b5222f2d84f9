package org.rapport.clients;

import java.time.LocalDate;
import java.util.EnumSet;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.rapport.audit.AuditTrail.Actor;
import org.rapport.identity.Account;
import org.rapport.identity.DemoAccountsCreated;
import org.rapport.platform.PracticeClock;

/**
 * The demo practice's clients: Alex and Sam (a couple seen by Morgan Lee), Taylor (Jordan Reyes) and
 * two dozen more with varied statuses, so that every list, filter and chart has something believable
 * to show. All names, numbers and addresses are invented; phone numbers use the 555-01xx range.
 */
@ApplicationScoped
public class DemoClients {

    private static final Actor DEMO = Actor.anonymous("(demo practice)");

    @Inject
    private ClientService clients;

    @Inject
    private CoupleService couples;

    @Inject
    private PracticeClock clock;

    @Inject
    private jakarta.enterprise.event.Event<DemoClientsCreated> demoClientsCreated;

    private final java.util.Map<String, Client> created = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, Couple> createdCouples = new java.util.LinkedHashMap<>();

    void load(@Observes DemoAccountsCreated accounts) {
        LocalDate today = clock.today();
        Account morgan = accounts.get("morgan@rapport.demo");
        Account jordan = accounts.get("jordan@rapport.demo");

        ClientDetails alexDetails = person("Alexandra Rivera", "Alex", "she/her", LocalDate.of(1988, 3, 14),
                "alex@rapport.demo", "(555) 010-1142", "48 Linden Street, Apt 3\nSpringfield",
                "Maria Rivera", "Sister", "(555) 010-1188", today.minusWeeks(10),
                EnumSet.of(Concern.INFIDELITY, Concern.DISHONESTY, Concern.COMMUNICATION_BREAKDOWN),
                "Discovered an emotional affair Sam had with a colleague last spring. Finds it hard to believe"
                        + " reassurances; checks Sam's phone and feels ashamed about it.",
                "Consent to couple and individual treatment signed at intake. Release of information to GP"
                        + " (Dr. Hanley) for coordination only. Agreed to the no-secrets policy.");
        alexDetails.getDiagnoses().add(new ClientDetails.DiagnosisLine("Z63.0", "Problems in relationship with spouse or partner"));
        alexDetails.getDiagnoses().add(new ClientDetails.DiagnosisLine("F43.23",
                "Adjustment disorder with mixed anxiety and depressed mood"));
        Client alex = keep(clients.createForDemo(alexDetails, morgan, accounts.get("alex@rapport.demo"),
                today.minusWeeks(10), DEMO));

        ClientDetails samDetails = person("Samuel Okafor", "Sam", "he/him", LocalDate.of(1986, 9, 2),
                "sam@rapport.demo", "(555) 010-1157", "48 Linden Street, Apt 3\nSpringfield",
                "Grace Okafor", "Mother", "(555) 010-1190", today.minusWeeks(10),
                EnumSet.of(Concern.INFIDELITY, Concern.EMOTIONAL_WITHDRAWAL, Concern.COMMUNICATION_BREAKDOWN),
                "Ended the affair and wants to repair the relationship. Tends to shut down when Alex asks"
                        + " questions; feels he can never do enough.",
                "Consent to couple and individual treatment signed at intake. Agreed to the no-secrets policy.");
        samDetails.getDiagnoses().add(new ClientDetails.DiagnosisLine("Z63.0", "Problems in relationship with spouse or partner"));
        Client sam = keep(clients.createForDemo(samDetails, morgan, accounts.get("sam@rapport.demo"), today.minusWeeks(10), DEMO));
        keepCouple(couples.createForDemo(alex, sam, morgan, couple(RelationshipType.LIVING_TOGETHER, LocalDate.of(2017, 6, 1),
                Confidentiality.NO_SECRETS, "Rebuild trust after the affair: agree on transparency about phones and"
                        + " evenings out; Sam to answer questions without defensiveness; weekly check-in at home."),
                today.minusWeeks(10), null, DEMO));

        ClientDetails taylorDetails = person("Taylor Brooks", null, "they/them", LocalDate.of(1994, 11, 30),
                "taylor@rapport.demo", "(555) 010-1203", "12 Harbor View\nLakeside", "Jamie Brooks", "Brother",
                "(555) 010-1209", today.minusWeeks(6), EnumSet.of(Concern.PAST_BETRAYAL, Concern.JEALOUSY),
                "Difficulty trusting a new partner after a previous relationship ended in betrayal. Notices"
                        + " jealousy and constant checking and wants to change it.",
                "Consent to individual treatment signed. No releases.");
        taylorDetails.getDiagnoses().add(new ClientDetails.DiagnosisLine("F41.1", "Generalized anxiety disorder"));
        keep(clients.createForDemo(taylorDetails, jordan, accounts.get("taylor@rapport.demo"), today.minusWeeks(6), DEMO));

        // Morgan's other clients: a second couple, individuals, a waitlist, a discharged client.
        Client priya = demo("Priya Shah", null, "she/her", 1991, 4, 22, ClientStatus.ACTIVE, 5, morgan,
                EnumSet.of(Concern.BROKEN_PROMISES, Concern.LACK_OF_SUPPORT), "Feels she carries the household alone.");
        Client daniel = demo("Daniel Mercer", "Dan", "he/him", 1989, 12, 5, ClientStatus.ACTIVE, 5, morgan,
                EnumSet.of(Concern.BROKEN_PROMISES), "Wants to be more reliable; overwhelmed at work.");
        keepCouple(couples.createForDemo(priya, daniel, morgan, couple(RelationshipType.MARRIED, LocalDate.of(2019, 9, 14),
                Confidentiality.INDIVIDUAL_CONFIDENTIAL, "Share the load at home; keep the promises they make each"
                        + " other, starting small."), today.minusWeeks(5), null, DEMO));
        demo("Elena Petrova", null, "she/her", 1979, 7, 9, ClientStatus.ACTIVE, 20, morgan,
                EnumSet.of(Concern.EMOTIONAL_WITHDRAWAL), "Grief after her father's death; distant from her husband.");
        demo("Marcus Bell", null, "he/him", 1984, 2, 17, ClientStatus.ACTIVE, 14, morgan,
                EnumSet.of(Concern.DISHONESTY), "Hid gambling debts from his partner; wants to come clean.");
        demo("Hannah Lindqvist", null, "she/her", 1997, 5, 3, ClientStatus.WAITLIST, 1, morgan,
                EnumSet.of(Concern.JEALOUSY), "Referred by her GP; waiting for an evening slot.");
        demo("Oliver Grant", "Ollie", "he/him", 2000, 10, 11, ClientStatus.WAITLIST, 2, morgan,
                EnumSet.noneOf(Concern.class), "Self-referred; wants help after a break-up.");
        demo("Sofia Alvarez", null, "she/her", 1975, 1, 28, ClientStatus.DISCHARGED, 40, morgan,
                EnumSet.of(Concern.COMMUNICATION_BREAKDOWN), "Completed 12 sessions; goals met.");
        demo("Noah Fischer", null, "he/him", 1993, 8, 19, ClientStatus.ACTIVE, 8, morgan,
                EnumSet.of(Concern.PAST_BETRAYAL), "Trust difficulties rooted in his parents' divorce.");
        demo("Aisha Karimi", null, "she/her", 1990, 6, 6, ClientStatus.ACTIVE, 3, morgan,
                EnumSet.of(Concern.LACK_OF_SUPPORT, Concern.EMOTIONAL_WITHDRAWAL), "New parent; feels alone.");

        // Jordan's: a couple whose work ended, individuals with every status.
        Client chris = demo("Christopher Novak", "Chris", "he/him", 1982, 3, 30, ClientStatus.DISCHARGED, 30,
                jordan, EnumSet.of(Concern.DISHONESTY), "Couple work completed.");
        Client jamie = demo("Jamie Novak", null, "she/her", 1983, 11, 8, ClientStatus.DISCHARGED, 30, jordan,
                EnumSet.of(Concern.DISHONESTY), "Couple work completed.");
        keepCouple(couples.createForDemo(chris, jamie, jordan, couple(RelationshipType.MARRIED, LocalDate.of(2008, 5, 24),
                Confidentiality.NO_SECRETS, "Rebuild honesty about money."), today.minusWeeks(52),
                today.minusWeeks(30), DEMO));
        demo("Riley Thompson", null, "they/them", 1998, 4, 12, ClientStatus.ACTIVE, 9, jordan,
                EnumSet.of(Concern.COMMUNICATION_BREAKDOWN), "Conflict with partner escalates quickly.");
        demo("Grace Liu", null, "she/her", 1987, 9, 21, ClientStatus.ACTIVE, 12, jordan,
                EnumSet.of(Concern.INFIDELITY), "Partner's affair came to light two months ago.");
        demo("Mateo Silva", null, "he/him", 1995, 12, 1, ClientStatus.ACTIVE, 4, jordan,
                EnumSet.of(Concern.JEALOUSY, Concern.PAST_BETRAYAL), "Checks partner's messages; wants to stop.");
        demo("Fatima Haddad", null, "she/her", 1972, 2, 2, ClientStatus.WAITLIST, 1, jordan,
                EnumSet.of(Concern.EMOTIONAL_WITHDRAWAL), "Daytime appointments only.");
        demo("Ethan Walsh", null, "he/him", 1980, 7, 15, ClientStatus.DISCHARGED, 60, jordan,
                EnumSet.of(Concern.BROKEN_PROMISES), "Moved away; referred to a local counselor.");
        demo("Zoe Martin", null, "she/her", 2001, 3, 3, ClientStatus.ACTIVE, 7, jordan,
                EnumSet.of(Concern.LACK_OF_SUPPORT), "First relationship; unsure what is reasonable to expect.");
        demo("Leon Becker", null, "he/him", 1969, 10, 25, ClientStatus.ACTIVE, 16, jordan,
                EnumSet.of(Concern.DISHONESTY, Concern.COMMUNICATION_BREAKDOWN), "Second marriage; old patterns.");
        demo("Nadia Rahman", null, "she/her", 1992, 1, 19, ClientStatus.ACTIVE, 2, jordan,
                EnumSet.noneOf(Concern.class), "Intake completed; goals being set.");
        demo("Isaac Cohen", null, "he/him", 1985, 6, 30, ClientStatus.DISCHARGED, 45, jordan,
                EnumSet.of(Concern.INFIDELITY), "Chose to end therapy after the separation.");
        demoClientsCreated.fire(new DemoClientsCreated(java.util.Map.copyOf(created), java.util.Map.copyOf(createdCouples)));
    }

    private Client keep(Client client) {
        created.put(client.getLegalName(), client);
        return client;
    }

    private Couple keepCouple(Couple couple) {
        createdCouples.put(couple.getName(), couple);
        return couple;
    }

    private Client demo(String legalName, String preferredName, String pronouns, int year, int month, int day,
            ClientStatus status, int weeksAgo, Account counselor, EnumSet<Concern> concerns, String note) {
        LocalDate since = clock.today().minusWeeks(weeksAgo);
        String first = (preferredName != null ? preferredName : legalName.substring(0, legalName.indexOf(' ')))
                .toLowerCase();
        String last = legalName.substring(legalName.lastIndexOf(' ') + 1).toLowerCase();
        int number = 200 + Math.abs(legalName.hashCode() % 99);
        ClientDetails details = person(legalName, preferredName, pronouns, LocalDate.of(year, month, day),
                first + "." + last + "@example.com", String.format("(555) 01%d-%04d", number % 10, number * 7 % 10000),
                null, null, null, null, since, concerns, note, "Consent to treatment signed at intake.");
        details.setStatus(status);
        return keep(clients.createForDemo(details, counselor, null, since, DEMO));
    }

    private static ClientDetails person(String legalName, String preferredName, String pronouns, LocalDate birth,
            String email, String phone, String address, String contact, String relationship, String contactPhone,
            LocalDate intake, EnumSet<Concern> concerns, String concernsNote, String consent) {
        ClientDetails details = new ClientDetails();
        details.setLegalName(legalName);
        details.setPreferredName(preferredName);
        details.setPronouns(pronouns);
        details.setDateOfBirth(birth);
        details.setEmail(email);
        details.setPhone(phone);
        details.setAddress(address);
        details.setEmergencyContactName(contact);
        details.setEmergencyContactRelationship(relationship);
        details.setEmergencyContactPhone(contactPhone);
        details.setIntakeDate(intake);
        details.setConcerns(concerns);
        details.setConcernsNote(concernsNote);
        details.setConsentNotes(consent);
        return details;
    }

    private static CoupleDetails couple(RelationshipType type, LocalDate since, Confidentiality policy, String goals) {
        CoupleDetails details = new CoupleDetails();
        details.setRelationshipType(type);
        details.setTogetherSince(since);
        details.setConfidentiality(policy);
        details.setGoals(goals);
        return details;
    }
}
