package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.TestMail;
import org.rapport.testing.WebSession;

/**
 * One-time links by e-mail, received by a real SMTP server: client invitations, staff invitations,
 * resets.
 */
class InvitationIT {

    private static final String PASSWORD = "lantern orchard pebble";

    /** A new client of Morgan's with this e-mail and no portal account yet; their id. */
    private static long clientOfMorgan(String name, String email) {
        TestAccounts.update(
                "INSERT INTO client (legal_name, preferred_name, email, primary_counselor_id, created_at)"
                        + " VALUES (?, ?, ?, (SELECT id FROM account WHERE email = ?), ?)",
                name + " Example",
                name,
                email,
                DemoAccounts.MORGAN,
                LocalDateTime.now(ZoneOffset.UTC).withNano(0));
        return TestAccounts.count("SELECT id FROM client WHERE email = ?", email);
    }

    @Test
    void aCounselorInvitesAClientWhoChoosesAPasswordAndSeesTheirPortal() {
        String email = "client" + System.nanoTime() + "@test.invalid";
        long client = clientOfMorgan("Robin", email);

        WebSession jordan = new WebSession().signedInAs(DemoAccounts.JORDAN, DemoAccounts.PASSWORD);
        assertEquals(
                404,
                jordan.get("counselor/client.xhtml?id=" + client).statusCode(),
                "not Jordan's client");

        WebSession morgan = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        HttpResponse<String> sent =
                morgan.submit(
                        "counselor/client.xhtml?id=" + client, "tabs:portal", "invite", Map.of());
        assertTrue(sent.body().contains("Invitation sent to " + email), sent.body());
        assertEquals(
                1,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'CREATE' AND record_type ="
                                + " 'Invitation' AND actor = ? AND detail LIKE ?",
                        DemoAccounts.MORGAN,
                        "%" + email),
                "the change is audited");
        String mail = TestMail.newestTo(email);
        assertTrue(mail.contains("Morgan Lee has invited you to Rapport"), mail);
        assertFalse(
                mail.toLowerCase().contains("note") || mail.toLowerCase().contains("diagnos"),
                "no clinical content");

        WebSession robin = new WebSession();
        HttpResponse<String> set =
                robin.submit(
                        TestMail.linkIn(mail),
                        "setpassword",
                        "save",
                        Map.of("password", PASSWORD, "confirmation", PASSWORD));
        assertTrue(WebSession.location(set).startsWith("login.xhtml?reason=passwordSet"));
        robin.signedInAs(email, PASSWORD);
        assertTrue(robin.open("portal/index.xhtml").body().contains("Hello, Robin"));
        assertTrue(morgan.open("counselor/client.xhtml?id=" + client).body().contains("Signed up"));
    }

    @Test
    void sendAgainGoesToTheCorrectedAddressAndNoEarlierOrInvitationLinkTakesOverTheAccount() {
        String wrong = "typo" + System.nanoTime() + "@test.invalid";
        String right = "right" + System.nanoTime() + "@test.invalid";
        long client = clientOfMorgan("Quinn", wrong);
        WebSession morgan = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        morgan.submit("counselor/client.xhtml?id=" + client, "tabs:portal", "invite", Map.of());
        String toWrongAddress = TestMail.linkIn(TestMail.newestTo(wrong));

        // the counselor corrects the address and sends the invitation again
        TestAccounts.update("UPDATE client SET email = ? WHERE id = ?", right, client);
        HttpResponse<String> again =
                morgan.submit(
                        "counselor/client.xhtml?id=" + client, "tabs:portal", "invite", Map.of());
        assertTrue(again.body().contains("Invitation sent to " + right), again.body());
        String toRightAddress = TestMail.linkIn(TestMail.newestTo(right));
        assertTrue(
                new WebSession().open(toWrongAddress).body().contains("id=\"link-invalid\""),
                "the link sent to the wrong address no longer works");

        // Quinn signs up through a password reset; the invitation must not set a password over
        // theirs
        long mailsSoFar = TestMail.countTo(right);
        new WebSession().submit("account/reset.xhtml", "reset", "send", Map.of("email", right));
        String reset = TestMail.linkIn(TestMail.nextTo(right, mailsSoFar));
        new WebSession()
                .submit(
                        reset,
                        "setpassword",
                        "save",
                        Map.of("password", PASSWORD, "confirmation", PASSWORD));
        assertTrue(WebSession.isRedirect(new WebSession().signIn(right, PASSWORD)));
        assertTrue(
                new WebSession().open(toRightAddress).body().contains("id=\"link-invalid\""),
                "an invitation is for a first password only");
        String other = "another password entirely";
        new WebSession()
                .submit(
                        toRightAddress,
                        "setpassword",
                        "save",
                        Map.of("password", other, "confirmation", other));
        assertFalse(
                WebSession.isRedirect(new WebSession().signIn(right, other)),
                "nobody took over the account");
    }

    @Test
    void aResetLinkReplacesTheOldPasswordAndUnknownEmailsGetTheSameAnswer() {
        String email = TestAccounts.create("CLIENT", "first password here");
        HttpResponse<String> asked =
                new WebSession()
                        .submit("account/reset.xhtml", "reset", "send", Map.of("email", email));
        String unknown = "nobody" + System.nanoTime() + "@test.invalid";
        HttpResponse<String> askedUnknown =
                new WebSession()
                        .submit("account/reset.xhtml", "reset", "send", Map.of("email", unknown));
        assertTrue(
                asked.body()
                        .replaceAll("\\s+", " ")
                        .contains(
                                "If "
                                        + email
                                        + " belongs to an account, we have sent"
                                        + " it a link"),
                asked.body());
        assertTrue(
                askedUnknown
                        .body()
                        .replaceAll("\\s+", " ")
                        .contains(
                                "If "
                                        + unknown
                                        + " belongs to an account,"
                                        + " we have sent it a link"),
                "the same answer whether or not the email has an account");
        assertEquals(0, TestMail.countTo(unknown), "no mail for an unknown email");

        String link = TestMail.linkIn(TestMail.newestTo(email));
        new WebSession()
                .submit(
                        link,
                        "setpassword",
                        "save",
                        Map.of("password", PASSWORD, "confirmation", PASSWORD));
        assertFalse(
                WebSession.isRedirect(new WebSession().signIn(email, "first password here")),
                "old password gone");
        assertTrue(
                WebSession.isRedirect(new WebSession().signIn(email, PASSWORD)),
                "new password works");
    }

    @Test
    void resetsAreLimitedPerAddressWithTheSameAnswerEveryTime() throws InterruptedException {
        String email = TestAccounts.create("CLIENT", "first password here");
        for (int ask = 1; ask <= 4; ask++) {
            HttpResponse<String> asked =
                    new WebSession()
                            .submit("account/reset.xhtml", "reset", "send", Map.of("email", email));
            assertTrue(
                    asked.body()
                            .replaceAll("\\s+", " ")
                            .contains(
                                    "If "
                                            + email
                                            + " belongs to an account, we have"
                                            + " sent it a link"),
                    "the same answer the " + ask + ". time");
        }
        TestMail.nextTo(email, 2);
        Thread.sleep(2_000); // a fourth e-mail would have arrived by now
        assertEquals(
                3, TestMail.countTo(email), "three reset e-mails an hour per address, then none");
        assertEquals(
                1,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM audit_event WHERE record_type = 'PasswordReset'"
                                + " AND action = 'ACCESS_DENIED' AND actor = ?",
                        email),
                "the refused request is audited");
    }

    @Test
    void anAdministratorInvitesACounselorWhoMustSetUpTwoStepSignIn() {
        String email = "counselor" + System.nanoTime() + "@test.invalid";
        WebSession admin = new WebSession().signedInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        HttpResponse<String> badEmail =
                admin.submit(
                        "admin/accounts.xhtml",
                        "staff",
                        "invite",
                        Map.of(
                                "name",
                                "Casey New",
                                "email",
                                "not-an-email",
                                "role_input",
                                "COUNSELOR"));
        assertTrue(badEmail.body().contains("Enter an e-mail address such as name@example.org."));
        HttpResponse<String> sent =
                admin.submit(
                        "admin/accounts.xhtml",
                        "staff",
                        "invite",
                        Map.of("name", "Casey New", "email", email, "role_input", "COUNSELOR"));
        assertTrue(sent.body().contains("Invitation sent to " + email), sent.body());

        String link = TestMail.linkIn(TestMail.newestTo(email));
        new WebSession()
                .submit(
                        link,
                        "setpassword",
                        "save",
                        Map.of("password", PASSWORD, "confirmation", PASSWORD));
        HttpResponse<String> first = new WebSession().signIn(email, PASSWORD);
        assertTrue(
                first.body().contains("id=\"qr\""),
                "a new counselor sets up two-step sign-in first");
    }
}
