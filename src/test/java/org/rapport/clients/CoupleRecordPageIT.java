package org.rapport.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.rapport.testing.Browser;
import org.rapport.testing.BrowserTest;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;

/**
 * A counselor adds two clients, links them as a couple and finds the couple again, in a real
 * browser.
 */
@ExtendWith(BrowserTest.class)
class CoupleRecordPageIT {

    @BeforeEach
    void signIn(Browser browser) {
        browser.signIn(DemoAccounts.JORDAN, DemoAccounts.PASSWORD);
    }

    @Test
    void counselorCreatesACoupleThroughThePagesAndFindsItBySearch(Browser browser) {
        String run = Long.toString(System.nanoTime(), 36);
        ClientPages pages = new ClientPages(browser);

        pages.newClient()
                .type("legalName", "Robin Hale " + run)
                .type("preferredName", "Robin" + run)
                .type("pronouns", "she/her")
                .type("dateOfBirth", "1987-04-09")
                .type("email", "robin." + run + "@example.com")
                .type("phone", "(555) 010-7731")
                .tick("Dishonesty")
                .tick("Broken promises");
        browser.screenshot("client-form");
        pages.save("client");
        assertEquals("Robin" + run + " Active", pages.text("client-name"));
        assertTrue(pages.text("client-concerns").contains("Broken promises"));
        assertEquals("9 Apr 1987", pages.text("client-birth"));
        browser.checkAccessibility();

        pages.newClient()
                .type("legalName", "Casey Hale " + run)
                .type("dateOfBirth", "1985-10-30")
                .type("email", "casey." + run + "@example.com");
        pages.save("client");
        assertTrue(pages.text("client-name").startsWith("Casey Hale " + run));
        browser.screenshot("client-chart");

        pages.formCouple();
        pages.pickPartner("partnerTwoId", "Robin" + run);
        pages.choose("couple:relationshipType", "Married");
        browser.find("couple:goals").sendKeys("Keep the promises they make each other.");
        browser.screenshot("couple-form");
        pages.save("couple");
        assertEquals("Casey & Robin" + run + " Active", pages.text("couple-name"));
        assertTrue(
                pages.text("partners").contains("Robin Hale " + run), "both partners side by side");
        assertTrue(pages.text("partners").contains("Casey Hale " + run));
        browser.checkAccessibility();
        browser.screenshot("couple-chart");

        pages.searchList(run);
        assertEquals(2, pages.listedClients().size(), pages.listedClients().toString());
        assertEquals(List.of("Casey & Robin" + run, "Casey & Robin" + run), pages.listedCouples());
        browser.screenshot("client-list-search");
        pages.searchList("555 010-7731");
        assertTrue(
                pages.listedClients().contains("Robin" + run),
                "found by phone: " + pages.listedClients());
        pages.openCoupleFromList("Casey & Robin" + run);
        assertEquals("Casey & Robin" + run + " Active", pages.text("couple-name"));
    }

    @Test
    void aChartWithYearsOfHistoryShowsTheLatestAndOffersTheOlderOnes(Browser browser) {
        long jordan = TestAccounts.id(DemoAccounts.JORDAN);
        long couple =
                TestAccounts.count(
                        "SELECT MIN(id) FROM couple WHERE status = 'ACTIVE' AND counselor_id = ?",
                        jordan);
        // three years ago, weekly for 45 weeks: long before anything the demo or other tests look
        // at
        for (int week = 0; week < 45; week++) {
            TestAccounts.update(
                    "INSERT INTO appointment (counselor_id, couple_id, starts_at, ends_at, kind, modality,"
                            + " status, created_at, version) VALUES (?, ?, NOW() - INTERVAL 3 YEAR - INTERVAL ? WEEK,"
                            + " NOW() - INTERVAL 3 YEAR - INTERVAL ? WEEK + INTERVAL 1 HOUR, 'COUPLE', 'IN_PERSON', 'COMPLETED',"
                            + " NOW(), 0)",
                    jordan,
                    couple,
                    week,
                    week);
        }
        long total =
                TestAccounts.count(
                        "SELECT COUNT(*) FROM appointment WHERE couple_id = ? AND counselor_id = ?",
                        couple,
                        jordan);

        browser.open("counselor/couple.xhtml?id=" + couple);
        browser.driver().findElement(By.linkText("Appointments")).click();
        assertEquals(20, listedAppointments(browser), "the latest twenty of " + total);
        assertTrue(
                browser.find("tabs:more-appointments:more").isDisplayed(),
                "older ones are offered");
        browser.screenshot("couple-chart-older-appointments");

        browser.find("tabs:more-appointments:more").click();
        browser.waitForAjax();
        assertEquals(Math.min(total, 60), listedAppointments(browser), "forty more");
        for (int click = 0;
                click < 10
                        && !browser.driver()
                                .findElements(By.id("tabs:more-appointments:more"))
                                .isEmpty();
                click++) {
            browser.find("tabs:more-appointments:more").click();
            browser.waitForAjax();
        }
        assertEquals(
                total,
                listedAppointments(browser),
                "all of them in the end, and then nothing more is offered");
        browser.checkAccessibility();
    }

    private static int listedAppointments(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#chart-appointments > li")).size();
    }

    @Test
    void badInputGetsMessagesNextToTheFieldsAndNothingIsSaved(Browser browser) {
        String run = Long.toString(System.nanoTime(), 36);
        ClientPages pages = new ClientPages(browser);
        pages.newClient()
                .type("legalName", "Wrong Input " + run)
                .type("dateOfBirth", "2099-01-01")
                .type("email", "not an address")
                .type("phone", "call me maybe");
        pages.save("client");
        assertEquals(
                "The date of birth cannot be in the future.",
                pages.messageFor("client", "dateOfBirth"));
        assertEquals(
                "Enter an e-mail address like name@example.com.",
                pages.messageFor("client", "email"));
        assertEquals("A phone number needs digits.", pages.messageFor("client", "phone"));
        assertEquals(
                "Wrong Input " + run,
                browser.find("client:legalName").getAttribute("value"),
                "nothing typed is lost");
        browser.checkAccessibility();
        browser.screenshot("client-form-errors");
        assertEquals(
                0,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM client WHERE legal_name = ?", "Wrong Input " + run));
    }

    @Test
    void overLongTextIsRefusedWithAMessageAndKeptAsTyped(Browser browser) {
        String run = Long.toString(System.nanoTime(), 36);
        String name = "Long Name " + run + " " + "x".repeat(170);
        ClientPages pages = new ClientPages(browser);
        pages.newClient().type("legalName", name);
        String counter =
                browser.driver()
                        .findElement(By.cssSelector("[id='client:legalName'] ~ .char-limit"))
                        .getText();
        assertTrue(counter.contains("over the limit of 160"), "said while typing: " + counter);
        pages.save("client");
        assertEquals(
                "Keep the legal name to 160 characters.", pages.messageFor("client", "legalName"));
        assertEquals(
                name,
                browser.find("client:legalName").getAttribute("value"),
                "nothing typed is cut");
        assertEquals(
                0,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM client WHERE legal_name LIKE ?",
                        "Long Name " + run + "%"),
                "nothing shortened is stored");
    }

    @Test
    void aPossibleDuplicateIsFlaggedBeforeSaving(Browser browser) {
        String run = Long.toString(System.nanoTime(), 36);
        ClientPages pages = new ClientPages(browser);
        pages.newClient().type("legalName", "Twin Check " + run).type("dateOfBirth", "1990-01-01");
        pages.save("client");
        pages.newClient().type("legalName", "Twin Check " + run).type("dateOfBirth", "1990-01-01");
        pages.save("client");
        assertTrue(pages.present("duplicates-heading"), "the possible duplicate is shown");
        assertTrue(pages.text("duplicate-list").contains("same legal name and date of birth"));
        assertEquals(
                1,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM client WHERE legal_name = ?", "Twin Check " + run));
        browser.checkAccessibility();
        browser.screenshot("client-duplicate-warning");
        assertEquals("Save anyway", browser.find("client:save").getText());
        pages.save("client");
        assertFalse(pages.present("duplicates-heading"));
        assertEquals(
                2,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM client WHERE legal_name = ?", "Twin Check " + run));
    }
}
