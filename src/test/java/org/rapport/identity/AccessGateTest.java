package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;
import org.rapport.clients.Client;
import org.rapport.clients.Confidentiality;
import org.rapport.clients.Couple;
import org.rapport.clients.CoupleStatus;
import org.rapport.homework.Assignment;
import org.rapport.homework.HomeworkTask;
import org.rapport.identity.AccessGate.Rules;
import org.rapport.scheduling.Appointment;

/**
 * The access rules as a table: each record (row) against each kind of caller (column), yes or no.
 *
 * <p>The practice: Alex is X's client and Sam is Y's; Alex and Sam are a couple seen by Z (no
 * secrets, work going on). Alex and Dana were a couple seen by W, whose work ended. Chris is
 * another of Y's clients. alex, sam, dana and chris are the clients' portal accounts.
 */
class AccessGateTest {

    private static final String[] CALLERS = {
        "admin", "X", "Y", "Z", "W", "alex", "sam", "dana", "chris"
    };

    private static final String TABLE =
            """
            record                                   | admin | X   | Y   | Z   | W   | alex | sam | dana | chris
            client Alex                              | yes   | yes | no  | yes | no  | yes  | no  | no   | no
            client Sam                               | yes   | no  | yes | yes | no  | no   | yes | no   | no
            client Dana                              | yes   | yes | no  | no  | no  | no   | no  | yes  | no
            couple Alex+Sam                          | yes   | no  | no  | yes | no  | yes  | yes | no   | no
            couple Alex+Dana (ended)                 | yes   | no  | no  | no  | yes | yes  | no  | yes  | no
            appointment Alex with X                  | yes   | yes | no  | no  | no  | yes  | no  | no   | no
            appointment Alex+Sam with Z              | yes   | no  | no  | yes | no  | yes  | yes | no   | no
            appointment Sam with Z                   | yes   | no  | no  | yes | no  | no   | yes | no   | no
            note of Alex with X                      | yes   | yes | no  | no  | no  | no   | no  | no   | no
            note of Alex+Sam with Z                  | yes   | no  | no  | yes | no  | no   | no  | no   | no
            note of Sam with Z                       | yes   | no  | yes | yes | no  | no   | no  | no   | no
            write note of Alex with X                | no    | yes | no  | no  | no  | no   | no  | no   | no
            write note of Sam with Z                 | no    | no  | no  | yes | no  | no   | no  | no   | no
            task of Alex's own                       | no    | no  | no  | no  | no  | yes  | no  | no   | no
            task of Sam in Alex+Sam                  | no    | no  | no  | no  | no  | no   | yes | no   | no
            task together of Alex+Sam                | no    | no  | no  | no  | no  | yes  | yes | no   | no
            task together of Alex+Dana (ended)       | no    | no  | no  | no  | no  | yes  | no  | yes  | no
            """;

    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Client> clients = new LinkedHashMap<>();
    private final Couple alexAndSam;
    private final Couple alexAndDana;
    private final Map<String, BiPredicate<Account, Void>> rows = new LinkedHashMap<>();

    AccessGateTest() {
        long id = 1;
        for (String name : List.of("admin", "X", "Y", "Z", "W")) {
            accounts.put(name, account(id++, name.equals("admin") ? Role.ADMIN : Role.COUNSELOR));
        }
        for (String name : List.of("alex", "sam", "dana", "chris")) {
            accounts.put(name, account(id++, Role.CLIENT));
        }
        clients.put("Alex", client(id++, accounts.get("X"), accounts.get("alex")));
        clients.put("Sam", client(id++, accounts.get("Y"), accounts.get("sam")));
        clients.put("Dana", client(id++, accounts.get("X"), accounts.get("dana")));
        clients.put("Chris", client(id++, accounts.get("Y"), accounts.get("chris")));
        alexAndSam =
                couple(
                        id++,
                        clients.get("Alex"),
                        clients.get("Sam"),
                        accounts.get("Z"),
                        CoupleStatus.ACTIVE,
                        Confidentiality.NO_SECRETS);
        alexAndDana =
                couple(
                        id++,
                        clients.get("Alex"),
                        clients.get("Dana"),
                        accounts.get("W"),
                        CoupleStatus.ENDED,
                        Confidentiality.NO_SECRETS);
        List<Couple> all = List.of(alexAndSam, alexAndDana);

        Appointment alexWithX = appointment(id++, accounts.get("X"), clients.get("Alex"), null);
        Appointment coupleWithZ = appointment(id++, accounts.get("Z"), null, alexAndSam);
        Appointment samWithZ = appointment(id++, accounts.get("Z"), clients.get("Sam"), null);
        Assignment alexOwn = assignment(id++, clients.get("Alex"), null);
        Assignment coupleWork = assignment(id++, null, alexAndSam);
        Assignment endedWork = assignment(id++, null, alexAndDana);

        for (String name : List.of("Alex", "Sam", "Dana")) {
            Client client = clients.get(name);
            // the gate reads the couples the client is in whose work lasts
            rows.put(
                    "client " + name,
                    (caller, x) ->
                            Rules.client(
                                    caller,
                                    client,
                                    all.stream()
                                            .filter(p -> p.isActive() && p.includes(client))
                                            .toList()));
        }
        rows.put("couple Alex+Sam", (caller, x) -> Rules.couple(caller, alexAndSam));
        rows.put("couple Alex+Dana (ended)", (caller, x) -> Rules.couple(caller, alexAndDana));
        rows.put("appointment Alex with X", (caller, x) -> Rules.appointment(caller, alexWithX));
        rows.put(
                "appointment Alex+Sam with Z",
                (caller, x) -> Rules.appointment(caller, coupleWithZ));
        rows.put("appointment Sam with Z", (caller, x) -> Rules.appointment(caller, samWithZ));
        rows.put("note of Alex with X", (caller, x) -> Rules.note(caller, alexWithX));
        rows.put("note of Alex+Sam with Z", (caller, x) -> Rules.note(caller, coupleWithZ));
        rows.put("note of Sam with Z", (caller, x) -> Rules.note(caller, samWithZ));
        rows.put("write note of Alex with X", (caller, x) -> Rules.writeNote(caller, alexWithX));
        rows.put("write note of Sam with Z", (caller, x) -> Rules.writeNote(caller, samWithZ));
        HomeworkTask alexTask = task(id++, alexOwn, clients.get("Alex"));
        HomeworkTask samTask = task(id++, coupleWork, clients.get("Sam"));
        HomeworkTask togetherTask = task(id++, coupleWork, null);
        HomeworkTask endedTask = task(id++, endedWork, null);
        rows.put("task of Alex's own", (caller, x) -> Rules.ownTask(caller, alexTask));
        rows.put("task of Sam in Alex+Sam", (caller, x) -> Rules.ownTask(caller, samTask));
        rows.put("task together of Alex+Sam", (caller, x) -> Rules.ownTask(caller, togetherTask));
        rows.put(
                "task together of Alex+Dana (ended)",
                (caller, x) -> Rules.ownTask(caller, endedTask));
    }

    @Test
    void everyCallerSeesExactlyWhatTheTableSays() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String line : TABLE.strip().lines().skip(1).toList()) {
            String[] cells = line.split("\\|");
            String record = cells[0].strip();
            BiPredicate<Account, Void> rule = rows.get(record);
            if (rule == null) {
                throw new AssertionError("No rule for the row " + record);
            }
            for (int i = 0; i < CALLERS.length; i++) {
                boolean expected = cells[i + 1].strip().equals("yes");
                boolean actual = rule.test(accounts.get(CALLERS[i]), null);
                checked++;
                if (expected != actual) {
                    wrong.add(
                            record
                                    + " for "
                                    + CALLERS[i]
                                    + ": expected "
                                    + (expected ? "yes" : "no"));
                }
            }
        }
        assertEquals(rows.size() * CALLERS.length, checked, "every rule is in the table");
        assertEquals(List.of(), wrong);
    }

    @Test
    void partnersOwnWordsReachEachOtherOnlyUnderNoSecretsWhileTheWorkLasts() {
        assertEquals(true, Rules.partnersShare(alexAndSam));
        assertEquals(false, Rules.partnersShare(alexAndDana), "ended");
        Couple confidential =
                couple(
                        99,
                        clients.get("Chris"),
                        clients.get("Sam"),
                        accounts.get("Z"),
                        CoupleStatus.ACTIVE,
                        Confidentiality.INDIVIDUAL_CONFIDENTIAL);
        assertEquals(
                false,
                Rules.partnersShare(confidential),
                "individual disclosures stay confidential");
    }

    // ---- records built as the database would load them (ids set, no persistence)

    private static Account account(long id, Role role) {
        return make(Account.class, Map.of("id", id, "role", role));
    }

    private static Client client(long id, Account counselor, Account portal) {
        return make(
                Client.class,
                Map.of("id", id, "primaryCounselor", counselor, "portalAccount", portal));
    }

    private static Couple couple(
            long id,
            Client one,
            Client two,
            Account counselor,
            CoupleStatus status,
            Confidentiality confidentiality) {
        return make(
                Couple.class,
                Map.of(
                        "id",
                        id,
                        "partnerOne",
                        one,
                        "partnerTwo",
                        two,
                        "counselor",
                        counselor,
                        "status",
                        status,
                        "confidentiality",
                        confidentiality));
    }

    private static Appointment appointment(
            long id, Account counselor, Client client, Couple couple) {
        Set<Client> attendees =
                couple != null
                        ? Set.of(couple.getPartnerOne(), couple.getPartnerTwo())
                        : Set.of(client);
        Map<String, Object> fields =
                new LinkedHashMap<>(
                        Map.of(
                                "id",
                                id,
                                "counselor",
                                counselor,
                                "attendees",
                                new java.util.HashSet<>(attendees)));
        if (client != null) {
            fields.put("client", client);
        }
        if (couple != null) {
            fields.put("couple", couple);
        }
        return make(Appointment.class, fields);
    }

    private static Assignment assignment(long id, Client client, Couple couple) {
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("id", id));
        if (client != null) {
            fields.put("client", client);
        }
        if (couple != null) {
            fields.put("couple", couple);
        }
        return make(Assignment.class, fields);
    }

    private static HomeworkTask task(long id, Assignment assignment, Client client) {
        Map<String, Object> fields =
                new LinkedHashMap<>(Map.of("id", id, "assignment", assignment));
        if (client != null) {
            fields.put("client", client);
        }
        return make(HomeworkTask.class, fields);
    }

    private static <T> T make(Class<T> type, Map<String, Object> fields) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T record = constructor.newInstance();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                Field f = type.getDeclaredField(field.getKey());
                f.setAccessible(true);
                f.set(record, field.getValue());
            }
            return record;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
