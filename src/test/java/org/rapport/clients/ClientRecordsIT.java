package org.rapport.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.identity.Account;
import org.rapport.identity.AccountService;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.Role;
import org.rapport.platform.EditConflict;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.RapportDatabase;

/**
 * The rules of client and couple records, inside the real application against MariaDB: validation,
 * couple links, who may list, open and change what, edit conflicts, duplicates, status changes,
 * anonymizing and export.
 */
@ExtendWith(ArquillianExtension.class)
class ClientRecordsIT {

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

    @Resource(lookup = RapportDatabase.JNDI_NAME)
    private DataSource dataSource;

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
    void everyBadFieldGetsItsOwnMessageAndNothingIsSaved() {
        as(counselorX);
        ClientDetails details =
                details("Robin Bad " + run, LocalDate.now().plusDays(3), "not-an-email");
        details.setPhone("5".repeat(41));
        details.setPreferredName("p".repeat(121));
        details.getDiagnoses().add(new ClientDetails.DiagnosisLine("F4", "Too short a code"));
        details.getDiagnoses().add(new ClientDetails.DiagnosisLine("Z63.0", ""));
        InvalidRecord refused = assertThrows(InvalidRecord.class, () -> clients.create(details));
        assertTrue(
                refused.problems().get("dateOfBirth").contains("future"),
                refused.problems().toString());
        assertTrue(
                refused.problems().get("email").contains("name@example.com"),
                refused.problems().toString());
        assertTrue(
                refused.problems().get("phone").contains("40 characters"),
                refused.problems().toString());
        assertTrue(
                refused.problems().get("preferredName").contains("120"),
                refused.problems().toString());
        assertTrue(
                refused.problems().get("diagnoses[0].code").contains("ICD-10"),
                refused.problems().toString());
        assertTrue(
                refused.problems().get("diagnoses[1].label").contains("stands for"),
                refused.problems().toString());
        assertEquals(
                0, count("SELECT COUNT(*) FROM client WHERE legal_name = ?", "Robin Bad " + run));

        ClientDetails empty = new ClientDetails();
        assertTrue(
                assertThrows(InvalidRecord.class, () -> clients.create(empty))
                        .problems()
                        .containsKey("legalName"));
    }

    @Test
    void aValidClientIsSavedWithEverythingTyped() {
        as(counselorX);
        ClientDetails details =
                details(
                        "Robin Good " + run,
                        LocalDate.of(1990, 2, 3),
                        "robin" + run + "@Example.com");
        details.setPhone("+1 (555) 010-4477");
        details.setConcerns(EnumSet.of(Concern.BROKEN_PROMISES, Concern.DISHONESTY));
        details.getDiagnoses().add(new ClientDetails.DiagnosisLine("f4323", "Adjustment disorder"));
        Client saved = clients.create(details);
        ClientChart chart = clients.chart(saved.getId()).orElseThrow();
        assertEquals(
                EnumSet.of(Concern.BROKEN_PROMISES, Concern.DISHONESTY),
                EnumSet.copyOf(chart.client().getConcerns()));
        assertEquals(
                "F43.23",
                chart.client().getDiagnoses().get(0).getCode(),
                "the code is stored in its usual form");
        assertEquals(counselorX.getId(), chart.client().getPrimaryCounselor().getId());
        assertEquals(1, chart.statusHistory().size());
        CaseloadQuery byPhone = new CaseloadQuery("010-4477", null, null, null, true);
        assertEquals(1, clients.caseloadCount(byPhone), "found by the digits of the phone number");
    }

    @Test
    void counselorYCannotListOpenOrChangeCounselorXsClients() {
        as(counselorX);
        Client client = clients.create(details("Kept Private " + run, null, null));
        as(counselorY);
        assertTrue(clients.find(client.getId()).isEmpty());
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND account_id = ?"
                                + " AND record_type = 'Client' AND record_id = ?",
                        counselorY.getId(),
                        client.getId()),
                "the refused read is in the audit trail");
        assertTrue(clients.find(Long.MAX_VALUE - 1).isEmpty());
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND account_id = ?"
                                + " AND detail LIKE '%no such record%'",
                        counselorY.getId()),
                "and so is a guess at an id");
        assertTrue(clients.chart(client.getId()).isEmpty());
        assertTrue(
                clients.update(
                                client.getId(),
                                client.getVersion(),
                                details("Changed " + run, null, null))
                        .isEmpty());
        assertTrue(
                clients.changeStatus(client.getId(), ClientStatus.DISCHARGED, LocalDate.now(), null)
                        .isEmpty());
        assertEquals(
                0,
                clients.caseloadCount(
                        new CaseloadQuery(
                                "Kept Private " + run,
                                CaseloadQuery.StatusFilter.ALL,
                                null,
                                null,
                                true)));
        assertTrue(
                clients.caseloadPage(CaseloadQuery.everyone(), 0, 100).stream()
                        .noneMatch(row -> row.client().getId().equals(client.getId())));
        as(admin);
        assertEquals(
                "Kept Private " + run,
                clients.find(client.getId()).orElseThrow().getLegalName(),
                "unchanged, and an administrator sees it");
    }

    @Test
    void aCoupleLinksTwoDifferentPeopleNeitherInAnotherActiveCouple() {
        as(counselorX);
        Client alex = clients.create(details("Alex " + run, null, null));
        Client sam = clients.create(details("Sam " + run, null, null));
        Client jamie = clients.create(details("Jamie " + run, null, null));
        as(counselorY);
        Client ys = clients.create(details("Y's client " + run, null, null));
        as(counselorX);

        InvalidRecord self =
                assertThrows(InvalidRecord.class, () -> couples.create(couple(alex, alex)));
        assertTrue(
                self.problems().get("partnerTwoId").contains("themself"),
                self.problems().toString());
        InvalidRecord notMine =
                assertThrows(InvalidRecord.class, () -> couples.create(couple(alex, ys)));
        assertTrue(
                notMine.problems().get("partnerTwoId").contains("your caseload"),
                notMine.problems().toString());

        Couple alexAndSam = couples.create(couple(alex, sam));
        assertEquals("Alex & Sam", alexAndSam.getName());
        InvalidRecord taken =
                assertThrows(InvalidRecord.class, () -> couples.create(couple(jamie, alex)));
        assertTrue(
                taken.problems().get("partnerTwoId").contains("already in an active couple"),
                taken.problems().toString());
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM couple WHERE ? IN (partner_one_id, partner_two_id)",
                        alex.getId()));

        InvalidRecord discharge =
                assertThrows(
                        InvalidRecord.class,
                        () ->
                                clients.changeStatus(
                                        sam.getId(),
                                        ClientStatus.DISCHARGED,
                                        LocalDate.now(),
                                        null));
        assertTrue(discharge.problems().get("status").contains("End the couple's work first"));

        couples.end(alexAndSam.getId(), LocalDate.now());
        Couple alexAndJamie = couples.create(couple(alex, jamie));
        InvalidRecord resume =
                assertThrows(InvalidRecord.class, () -> couples.reactivate(alexAndSam.getId()));
        assertTrue(
                resume.problems().get("").contains("already in an active couple"),
                resume.problems().toString());
        couples.end(alexAndJamie.getId(), LocalDate.now());
        assertTrue(couples.reactivate(alexAndSam.getId()).orElseThrow().isActive());

        as(counselorY);
        assertTrue(
                couples.find(alexAndSam.getId()).isEmpty(),
                "another counselor does not see the couple");
        assertTrue(couples.end(alexAndSam.getId(), LocalDate.now()).isEmpty());
    }

    @Test
    void theCoupleCounselorSeesBothPartnersEvenOnAnotherCaseload() {
        as(counselorY);
        Client ysClient = clients.create(details("Partner on Y " + run, null, null));
        as(admin);
        ClientDetails mine = details("Partner on X " + run, null, null);
        mine.setCounselorId(counselorX.getId());
        Client xsClient = clients.create(mine);
        CoupleDetails details = couple(xsClient, ysClient);
        details.setCounselorId(counselorX.getId());
        Couple couple = couples.create(details);
        as(counselorX);
        assertTrue(
                clients.find(ysClient.getId()).isPresent(),
                "the couple counselor opens both partners");
        assertTrue(couples.find(couple.getId()).isPresent());
        CaseloadQuery couplesOnly =
                new CaseloadQuery(
                        run,
                        CaseloadQuery.StatusFilter.ALL,
                        CaseloadQuery.Kind.COUPLES,
                        null,
                        true);
        assertEquals(2, clients.caseloadCount(couplesOnly));
        CaseloadQuery individuals =
                new CaseloadQuery(
                        run,
                        CaseloadQuery.StatusFilter.ALL,
                        CaseloadQuery.Kind.INDIVIDUALS,
                        null,
                        true);
        assertEquals(0, clients.caseloadCount(individuals));
        as(counselorY);
        ClientChart chart = clients.chart(ysClient.getId()).orElseThrow();
        assertNull(chart.getActiveCouple(), "Y does not open X's couple…");
        assertTrue(
                chart.inOtherCounselorsCouple(),
                "…but sees that their client is in couple counseling");
    }

    @Test
    void theSecondOfTwoEditorsGetsAConflictWithWhatIsStoredAndNothingIsSaved() {
        as(counselorX);
        Client client = clients.create(details("Two Editors " + run, null, null));
        long opened = client.getVersion();
        ClientDetails first =
                ClientDetails.of(clients.chart(client.getId()).orElseThrow().client());
        first.setPhone("555 0101");
        clients.update(client.getId(), opened, first);
        ClientDetails second =
                ClientDetails.of(clients.chart(client.getId()).orElseThrow().client());
        second.setPhone("555 0202");
        second.setPronouns("they/them");
        EditConflict conflict =
                assertThrows(
                        EditConflict.class, () -> clients.update(client.getId(), opened, second));
        assertEquals("555 0101", ((ClientDetails) conflict.current()).getPhone());
        assertEquals(counselorX.getDisplayName(), conflict.changedBy());
        assertEquals(
                "555 0101",
                clients.find(client.getId()).orElseThrow().getPhone(),
                "the first save stands");
        clients.update(client.getId(), conflict.currentVersion(), second);
        assertEquals(
                "555 0202",
                clients.find(client.getId()).orElseThrow().getPhone(),
                "saving again on purpose works");
    }

    @Test
    void possibleDuplicatesAreFoundByNameAndBirthOrByEmailWithoutConfirmingAnotherCounselorsClient()
            throws Exception {
        as(counselorY);
        ClientDetails stored =
                details(
                        "Dana Double " + run,
                        LocalDate.of(1985, 5, 5),
                        "dana" + run + "@example.com");
        Client dana = clients.create(stored);
        assertEquals(
                "Dana Double " + run,
                clients.possibleDuplicates(
                                details("dana double " + run, LocalDate.of(1985, 5, 5), null), null)
                        .get(0)
                        .name(),
                "a counselor is warned about their own client");

        as(counselorX);
        assertTrue(
                clients.possibleDuplicates(
                                details("dana double " + run, LocalDate.of(1985, 5, 5), null), null)
                        .isEmpty(),
                "another counselor's client is neither named nor confirmed, nor is their counselor");
        assertTrue(
                clients.possibleDuplicates(
                                details("Someone Else", null, "DANA" + run + "@example.com"), null)
                        .isEmpty());
        Client second =
                clients.create(details("Someone Else " + run, null, "DANA" + run + "@example.com"));
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'POSSIBLE_DUPLICATE' AND record_id = ?"
                                + " AND detail LIKE '%client "
                                + dana.getId()
                                + " %'",
                        second.getId()),
                "the administrator is told, to resolve it");

        as(admin);
        List<PossibleDuplicate> byName =
                clients.possibleDuplicates(
                        details("dana double " + run, LocalDate.of(1985, 5, 5), null), null);
        assertEquals(1, byName.size());
        assertTrue(byName.get(0).visible());
        assertEquals(counselorY.getDisplayName(), byName.get(0).counselorName());
        assertTrue(
                clients.possibleDuplicates(
                                details("Dana Double " + run, LocalDate.of(1985, 5, 6), null), null)
                        .isEmpty());
    }

    @Test
    void correctingTheEmailVoidsAnInvitationSentToTheOldAddress() {
        as(counselorX);
        ClientDetails details = new ClientDetails();
        details.setLegalName("Typo Address " + run);
        details.setEmail("typo" + run + "@test.invalid");
        Client client = clients.create(details);
        clients.inviteToPortal(client.getId());
        long portal = count("SELECT portal_account_id FROM client WHERE id = ?", client.getId());
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM one_time_token WHERE account_id = ? AND used_at IS NULL",
                        portal));

        ClientDetails corrected = ClientDetails.of(clients.find(client.getId()).orElseThrow());
        corrected.setEmail("right" + run + "@test.invalid");
        clients.update(
                client.getId(), clients.find(client.getId()).orElseThrow().getVersion(), corrected);
        assertEquals(
                0,
                count(
                        "SELECT COUNT(*) FROM one_time_token WHERE account_id = ? AND used_at IS NULL",
                        portal),
                "whoever got the first e-mail cannot sign up as this client");
    }

    @Test
    void dischargeAndReactivationKeepAHistory() {
        as(counselorX);
        Client client = clients.create(details("Comes And Goes " + run, null, null));
        InvalidRecord future =
                assertThrows(
                        InvalidRecord.class,
                        () ->
                                clients.changeStatus(
                                        client.getId(),
                                        ClientStatus.DISCHARGED,
                                        LocalDate.now().plusDays(5),
                                        null));
        assertTrue(future.problems().containsKey("effectiveOn"));
        clients.changeStatus(client.getId(), ClientStatus.DISCHARGED, LocalDate.now(), "Goals met");
        assertEquals(
                0,
                clients.caseloadCount(
                        new CaseloadQuery("Comes And Goes " + run, null, null, null, true)),
                "the default list shows current clients only");
        assertEquals(
                1,
                clients.caseloadCount(
                        new CaseloadQuery(
                                "Comes And Goes " + run,
                                CaseloadQuery.StatusFilter.DISCHARGED,
                                null,
                                null,
                                true)));
        clients.changeStatus(client.getId(), ClientStatus.ACTIVE, LocalDate.now(), "Returned");
        List<ClientStatusChange> history =
                clients.chart(client.getId()).orElseThrow().statusHistory();
        assertEquals(
                List.of(ClientStatus.ACTIVE, ClientStatus.DISCHARGED, ClientStatus.ACTIVE),
                history.stream().map(ClientStatusChange::getStatus).toList(),
                "newest first");
        assertEquals("Goals met", history.get(1).getReason());
    }

    @Test
    void onlyAnAdministratorAnonymizesAndOnlyAClientWithoutCoupleHistory() throws SQLException {
        as(counselorX);
        ClientDetails details =
                details(
                        "Forget Me " + run,
                        LocalDate.of(1970, 1, 1),
                        "forget" + run + "@example.com");
        details.setConcernsNote("Private worries");
        details.getDiagnoses()
                .add(new ClientDetails.DiagnosisLine("Z63.0", "Relationship problem"));
        Client client = clients.create(details);
        Client a = clients.create(details("In A Couple " + run, null, null));
        Client b = clients.create(details("Other Half " + run, null, null));
        couples.create(couple(a, b));
        assertThrows(SecurityException.class, () -> clients.anonymize(client.getId()));
        as(admin);
        assertTrue(
                assertThrows(InvalidRecord.class, () -> clients.anonymize(a.getId()))
                        .problems()
                        .get("")
                        .contains("couple"));
        clients.anonymize(client.getId());
        try (Connection db = dataSource.getConnection();
                PreparedStatement select =
                        db.prepareStatement(
                                "SELECT legal_name, email, date_of_birth, concerns_note,"
                                        + " status, anonymized_at FROM client WHERE id = ?")) {
            select.setLong(1, client.getId());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertEquals("Anonymized client " + client.getId(), row.getString(1));
                assertNull(row.getString(2));
                assertNull(row.getObject(3));
                assertNull(row.getString(4));
                assertEquals("DISCHARGED", row.getString(5));
                assertTrue(row.getObject(6) != null);
            }
        }
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM client_diagnosis WHERE client_id = ?", client.getId()));
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ANONYMIZE' AND client_id = ?",
                        client.getId()));
        assertThrows(InvalidRecord.class, () -> clients.update(client.getId(), 1, details));
    }

    @Test
    void theExportHoldsOnlyTheCallersClientsDefusesFormulasAndIsAudited() throws Exception {
        as(counselorX);
        clients.create(details("=HYPERLINK(\"http://evil\") " + run, null, null));
        clients.create(details("Plain, With Comma " + run, null, null));
        as(counselorY);
        clients.create(details("Not In X Export " + run, null, null));
        as(counselorX);
        long before =
                count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT' AND account_id = ?",
                        counselorX.getId());
        StringWriter csv = new StringWriter();
        int written =
                clients.exportCaseload(
                        new CaseloadQuery(run, CaseloadQuery.StatusFilter.ALL, null, null, true),
                        csv);
        assertEquals(2, written);
        String text = csv.toString();
        assertTrue(text.startsWith("Legal name,Preferred name,"), text);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil\"\") " + run + "\""), text);
        assertTrue(text.contains("\"Plain, With Comma " + run + "\""), text);
        assertFalse(text.contains("Not In X Export"), text);
        assertEquals(
                before + 1,
                count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT' AND account_id = ?",
                        counselorX.getId()));
    }

    private ClientDetails details(String legalName, LocalDate birth, String email) {
        ClientDetails details = new ClientDetails();
        details.setLegalName(legalName);
        details.setDateOfBirth(birth);
        details.setEmail(email);
        return details;
    }

    private static CoupleDetails couple(Client one, Client two) {
        CoupleDetails details = new CoupleDetails();
        details.setPartnerOneId(one.getId());
        details.setPartnerTwoId(two.getId());
        details.setRelationshipType(RelationshipType.MARRIED);
        details.setConfidentiality(Confidentiality.INDIVIDUAL_CONFIDENTIAL);
        return details;
    }

    private void as(Account account) {
        request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, account);
    }

    private Account account(String name, Role role) {
        return accounts.createWithPasswordHash(
                name + run + "@test.invalid", name + " " + run, role, null);
    }

    private long count(String sql, Object... parameters) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
