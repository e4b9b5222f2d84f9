package org.rapport.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.rapport.clients.Client;
import org.rapport.clients.ClientDetails;
import org.rapport.clients.ClientService;
import org.rapport.clients.ClientStatus;
import org.rapport.clients.Concern;
import org.rapport.clients.Confidentiality;
import org.rapport.clients.Couple;
import org.rapport.clients.CoupleDetails;
import org.rapport.clients.CoupleService;
import org.rapport.clients.DemoClientsCreated;
import org.rapport.clients.RelationshipType;
import org.rapport.identity.Account;
import org.rapport.identity.DemoAccountsCreated;
import org.rapport.identity.OneTimeLinks;
import org.rapport.identity.PracticeSetup;
import org.rapport.platform.PracticeClock;

/**
 * The demo practice's clients and couples, from {@code clients.json}: Alex and Sam (a couple seen
 * by Morgan Lee), Taylor (Jordan Reyes) and some twenty more with varied statuses, so that every
 * list, filter and chart has something believable to show. All names, numbers and addresses are
 * invented; phone numbers use the 555-01xx range.
 *
 * <p>Entered as a counselor would, through the client and couple services, signed in as the
 * client's counselor on the day it happened (the practice clock replays it): each record on its
 * intake day, each couple on the day its work began, discharges and ended couples on their day.
 * Alex, Sam and Taylor are invited to the portal by their counselor ({@link
 * ClientService#inviteToPortal}), and each then sets the demo password through an invitation link,
 * as the portal's set-password page does.
 */
@ApplicationScoped
public class DemoClients {

    /** Office hours on the replayed days. */
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    @Inject private ClientService clients;

    @Inject private CoupleService couples;

    @Inject private OneTimeLinks links;

    @Inject private DemoSteps steps;

    @Inject private PracticeClock clock;

    @Inject private Event<DemoClientsCreated> demoClientsCreated;

    @ActivateRequestContext
    void load(@Observes DemoAccountsCreated accounts) {
        Practice practice = DemoData.read("clients.json", Practice.class);
        LocalDate today = clock.today();
        Map<String, Client> created = new LinkedHashMap<>();
        for (Person person : practice.clients) {
            Account counselor = accounts.get(person.counselor);
            LocalDate intake = today.minusWeeks(person.intakeWeeksAgo);
            Client client =
                    steps.as(
                            counselor,
                            at(intake, MORNING),
                            () -> clients.create(person.details(intake)));
            if (person.portal) {
                long clientId = client.getId();
                client =
                        steps.as(
                                counselor,
                                at(intake, MORNING.plusMinutes(20)),
                                () -> clients.inviteToPortal(clientId).orElseThrow());
                signUp(client);
            }
            created.put(client.getLegalName(), client);
        }
        Map<String, Couple> createdCouples = new LinkedHashMap<>();
        for (Pair pair : practice.couples) {
            Client one = created.get(pair.partners.get(0));
            Client two = created.get(pair.partners.get(1));
            Account counselor = one.getPrimaryCounselor();
            LocalDate started = today.minusWeeks(pair.startedWeeksAgo);
            Couple couple =
                    steps.as(
                            counselor,
                            at(started, MORNING.plusHours(1)),
                            () -> couples.create(pair.details(one, two)));
            if (pair.endedWeeksAgo != null) {
                LocalDate ended = today.minusWeeks(pair.endedWeeksAgo);
                long coupleId = couple.getId();
                couple =
                        steps.as(
                                counselor,
                                at(ended, MORNING.plusHours(8)),
                                () -> couples.end(coupleId, ended).orElseThrow());
            }
            createdCouples.put(couple.getName(), couple);
        }
        for (Person person : practice.clients) {
            if (person.statusWeeksAgo != null) {
                Client client = created.get(person.legalName);
                LocalDate since = today.minusWeeks(person.statusWeeksAgo);
                created.put(
                        person.legalName,
                        steps.as(
                                client.getPrimaryCounselor(),
                                at(since, MORNING.plusHours(8)),
                                () ->
                                        clients.changeStatus(
                                                        client.getId(),
                                                        person.status,
                                                        since,
                                                        person.statusReason)
                                                .orElseThrow()));
            }
        }
        demoClientsCreated.fire(
                new DemoClientsCreated(Map.copyOf(created), Map.copyOf(createdCouples)));
    }

    /**
     * The invited client chooses the demo password through an invitation link, as the set-password
     * page does with the link from the e-mail. The demo cannot read that e-mail, so it asks for a
     * fresh link (which, like "send again", voids the one e-mailed).
     */
    private void signUp(Client client) {
        long accountId = client.getPortalAccount().getId();
        String token =
                links.create(
                        accountId,
                        OneTimeLinks.Purpose.INVITATION,
                        OneTimeLinks.INVITATION_VALIDITY);
        links.setPassword(token, PracticeSetup.DEMO_PASSWORD);
    }

    private Instant at(LocalDate day, LocalTime time) {
        return DemoData.at(day, time, clock.zone());
    }

    // ---------------------------------------------------------------- clients.json

    /** The file: clients, then couples of two of them. */
    public static class Practice {
        public List<Person> clients = List.of();
        public List<Pair> couples = List.of();
    }

    /** A client as the counselor's form has it, with dates relative to today. */
    public static class Person {
        public String legalName;
        public String preferredName;
        public String pronouns;
        public LocalDate dateOfBirth;
        public String email;
        public String phone;
        public String address;
        public Contact emergencyContact;

        /** The counselor's e-mail address: the client is on their caseload. */
        public String counselor;

        public int intakeWeeksAgo;

        /**
         * The status at intake (active or waitlist), or the status reached {@link #statusWeeksAgo}.
         */
        public ClientStatus status = ClientStatus.ACTIVE;

        /**
         * When set, the client changed to {@link #status} then (a discharge); before, they were
         * active.
         */
        public Integer statusWeeksAgo;

        public String statusReason;
        public List<Concern> concerns = List.of();
        public String concernsNote;
        public String consentNotes;
        public List<ClientDetails.DiagnosisLine> diagnoses = List.of();

        /** Invited to the client portal (with the demo password). */
        public boolean portal;

        ClientDetails details(LocalDate intake) {
            ClientDetails details = new ClientDetails();
            details.setLegalName(legalName);
            details.setPreferredName(preferredName);
            details.setPronouns(pronouns);
            details.setDateOfBirth(dateOfBirth);
            details.setEmail(email);
            details.setPhone(phone);
            details.setAddress(address);
            if (emergencyContact != null) {
                details.setEmergencyContactName(emergencyContact.name);
                details.setEmergencyContactRelationship(emergencyContact.relationship);
                details.setEmergencyContactPhone(emergencyContact.phone);
            }
            details.setIntakeDate(intake);
            details.setStatus(statusWeeksAgo == null ? status : ClientStatus.ACTIVE);
            details.setConcerns(
                    concerns.isEmpty() ? EnumSet.noneOf(Concern.class) : EnumSet.copyOf(concerns));
            details.setConcernsNote(concernsNote);
            details.setConsentNotes(consentNotes);
            details.getDiagnoses().addAll(diagnoses);
            return details;
        }
    }

    public static class Contact {
        public String name;
        public String relationship;
        public String phone;
    }

    /** A couple: the two partners' legal names, and the couple's record. */
    public static class Pair {
        public List<String> partners;
        public RelationshipType relationshipType;
        public LocalDate togetherSince;
        public Confidentiality confidentiality;
        public String goals;
        public int startedWeeksAgo;

        /** When set, the couple's work ended then. */
        public Integer endedWeeksAgo;

        CoupleDetails details(Client one, Client two) {
            CoupleDetails details = new CoupleDetails();
            details.setPartnerOneId(one.getId());
            details.setPartnerTwoId(two.getId());
            details.setRelationshipType(relationshipType);
            details.setTogetherSince(togetherSince);
            details.setConfidentiality(confidentiality);
            details.setGoals(goals);
            return details;
        }
    }
}
