package org.rapport.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.WebSession;

/**
 * The client pages over plain HTTP: two editors at once, the export, and requests no form would
 * send.
 */
class ClientPagesHttpIT {

    @Test
    void theSecondEditorSeesWhoChangedWhatAndKeepsTheirText() {
        WebSession morgan = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        WebSession admin = new WebSession().signedInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        String path = "counselor/client-edit.xhtml?id=" + clientId("Samuel Okafor");
        HttpResponse<String> morgansForm = morgan.open(path);
        HttpResponse<String> adminsForm = admin.open(path);

        HttpResponse<String> first =
                morgan.submitOn(morgansForm, path, "client", "save", Map.of("pronouns", "he/they"));
        assertTrue(WebSession.isRedirect(first), "the first save goes through: " + first.body());

        HttpResponse<String> second =
                admin.submitOn(
                        adminsForm,
                        path,
                        "client",
                        "save",
                        Map.of("pronouns", "he/him", "phone", "(555) 010-9999"));
        String page = second.body().replaceAll("\\s+", " ");
        assertEquals(200, second.statusCode());
        assertTrue(page.contains("Morgan Lee saved this record at"), page);
        assertTrue(page.contains("Nothing of yours was saved"), page);
        assertTrue(
                page.contains("value=\"(555) 010-9999\""),
                "what the second editor typed is still in the form");
        assertTrue(
                page.contains("<td>he/they</td><td>he/him</td>"),
                "both versions of the changed field are shown");
        assertEquals(
                1,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM client WHERE legal_name = 'Samuel Okafor'"
                                + " AND pronouns = 'he/they'"),
                "the first editor's save stands");

        HttpResponse<String> onPurpose =
                admin.submitOn(
                        second,
                        path,
                        "client",
                        "save",
                        Map.of("pronouns", "he/him", "phone", "(555) 010-1157"));
        assertTrue(
                WebSession.isRedirect(onPurpose),
                "saving again after seeing the conflict overwrites on purpose");
        assertEquals(
                1,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM client WHERE legal_name = 'Samuel Okafor'"
                                + " AND pronouns = 'he/him'"));
    }

    @Test
    void theExportIsACsvOfTheCallersClientsAndIsAudited() {
        WebSession jordan = new WebSession().signedInAs(DemoAccounts.JORDAN, DemoAccounts.PASSWORD);
        long before =
                TestAccounts.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT' AND actor = ?",
                        DemoAccounts.JORDAN);
        HttpResponse<String> csv =
                jordan.submit(
                        "counselor/clients.xhtml?status=all",
                        "caseload",
                        "export",
                        Map.of("status_input", "all", "kind_input", "all"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("clients-"));
        assertTrue(csv.body().contains("Legal name,Preferred name,Pronouns"), csv.body());
        assertTrue(csv.body().contains("Taylor Brooks"), csv.body());
        assertTrue(
                csv.body().contains("Christopher Novak"),
                "discharged clients too, as the list shows all: " + csv.body());
        assertFalse(csv.body().contains("Rivera"), "Morgan's clients are not in Jordan's export");
        assertEquals(
                before + 1,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT'"
                                + " AND actor = ?",
                        DemoAccounts.JORDAN));
    }

    @Test
    void jordanDoesNotSeeAlexAndSamAnywhere() {
        WebSession jordan = new WebSession().signedInAs(DemoAccounts.JORDAN, DemoAccounts.PASSWORD);
        String list = jordan.open("counselor/clients.xhtml?status=all&q=rivera").body();
        assertTrue(list.contains("No client matches"), "Alex is not on Jordan's list");
        String couples = jordan.open("counselor/clients.xhtml?kind=couples&status=all").body();
        assertFalse(couples.contains("Alex &amp; Sam") || couples.contains("Alex & Sam"), couples);

        WebSession morgan = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        String morgans = morgan.open("counselor/clients.xhtml?kind=couples").body();
        assertTrue(
                morgans.contains("Alex &amp; Sam") || morgans.contains("Alex & Sam"),
                "Morgan sees the couple");
    }

    @Test
    void aCoupleCannotBeFormedWithSomeoneElsesClientByEditingTheRequest() {
        WebSession morgan = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        long taylor = clientId("Taylor Brooks");
        long elena = clientId("Elena Petrova");
        long couplesBefore = TestAccounts.count("SELECT COUNT(*) FROM couple");
        HttpResponse<String> refused =
                morgan.submit(
                        "counselor/couple-edit.xhtml",
                        "couple",
                        "save",
                        Map.of(
                                "partnerOneId_input",
                                "Elena",
                                "partnerOneId_hinput",
                                String.valueOf(elena),
                                "partnerTwoId_input",
                                "Taylor",
                                "partnerTwoId_hinput",
                                String.valueOf(taylor),
                                "relationshipType_input",
                                "DATING",
                                "confidentiality",
                                "NO_SECRETS"));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Choose the second partner."), refused.body());
        assertEquals(
                couplesBefore, TestAccounts.count("SELECT COUNT(*) FROM couple"), "nothing saved");

        assertEquals(404, morgan.get("counselor/client-edit.xhtml?id=" + taylor).statusCode());
        assertEquals(404, morgan.get("counselor/couple-edit.xhtml?id=999999999").statusCode());
        assertEquals(
                200,
                morgan.get("counselor/couple-edit.xhtml?partner=" + taylor).statusCode(),
                "someone else's client as the first partner is simply left out");
        assertEquals(
                200,
                morgan.get("counselor/clients.xhtml?status=%3Cscript%3E&kind=x&q=%25%27")
                        .statusCode());
    }

    private static long clientId(String legalName) {
        return TestAccounts.count("SELECT id FROM client WHERE legal_name = ?", legalName);
    }
}
