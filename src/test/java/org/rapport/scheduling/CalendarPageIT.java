package org.rapport.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rapport.testing.Browser;
import org.rapport.testing.BrowserTest;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.TestMail;
import org.rapport.testing.WebSession;

/**
 * The counselor's calendar and appointment pages in a real browser, and the client's portal list.
 */
@ExtendWith(BrowserTest.class)
class CalendarPageIT {

    @Test
    void counselorSeesTheWeekAndOpensACoupleSession(Browser browser) {
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        browser.open("counselor/calendar.xhtml");
        List<WebElement> events =
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                        .until(
                                ExpectedConditions.numberOfElementsToBeMoreThan(
                                        By.cssSelector("#calendar-form\\:schedule .fc-event"), 2));
        assertTrue(
                events.stream().anyMatch(e -> e.getText().contains("Alex & Sam")),
                "the weekly couple session is in this week");
        browser.checkAccessibility();
        browser.screenshot("calendar-week");

        WebElement couple =
                events.stream()
                        .filter(e -> e.getText().contains("Alex & Sam"))
                        .findFirst()
                        .orElseThrow();
        couple.click();
        // a click opens the appointment's menu: open it, its chart, cancel it
        WebElement open =
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                        .until(
                                ExpectedConditions.visibilityOfElementLocated(
                                        By.cssSelector(
                                                "#menu\\:open-appointment a, a#menu\\:open-appointment")));
        assertTrue(
                browser.find("menu").getText().contains("Alex & Sam"),
                browser.find("menu").getText());
        assertTrue(
                browser.driver().findElements(By.id("menu:cancel-step")).size() == 1,
                "a scheduled session can be cancelled");
        browser.checkAccessibility();
        open.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("appointment.xhtml"));
        browser.waitForAjax();
        assertEquals("Appointment with Alex & Sam · Rapport", browser.title());
        String chart = browser.find("chart-link").getAttribute("href");
        assertTrue(chart.contains("couple.xhtml?id="), "the appointment links to the chart");
        browser.checkAccessibility();
        browser.screenshot("appointment");

        browser.open("counselor/appointment.xhtml?start=2031-03-04T10:00");
        assertEquals("10:00", browser.find("appointment:startTime_input").getAttribute("value"));
        assertEquals(
                "10:50",
                browser.find("appointment:endTime_input").getAttribute("value"),
                "50 minutes by default");
        assertEquals("Individual", browser.find("appointment:kind_label").getText());
        browser.find("appointment:with_input").sendKeys("Alex");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(
                        ExpectedConditions.elementToBeClickable(
                                By.xpath(
                                        "//*[@id='appointment:with_panel']//li[contains(., '&')]")))
                .click();
        browser.waitForAjax();
        assertEquals(
                "Couple",
                browser.find("appointment:kind_label").getText(),
                "the kind follows who is booked");
        browser.screenshot("appointment-new");
        browser.driver().get(chart);
        WebElement book = browser.find("tabs:book-session");
        String booking =
                "a".equals(book.getTagName())
                        ? book.getAttribute("href")
                        : book.findElement(By.tagName("a")).getAttribute("href");
        assertTrue(booking.contains("with=couple"), "the chart books the next session: " + booking);
    }

    /**
     * Issue 17: cancel from the calendar, with a confirmation step, who cancelled, a reason for the
     * record and an e-mail to each partner that gives the date and time but never the reason.
     */
    @Test
    void aCounselorCancelsASessionFromTheCalendarAndBothPartnersAreToldWithoutTheReason(
            Browser browser) {
        String priya = "priya.shah@example.com";
        String dan = "dan.mercer@example.com";
        long id =
                TestAccounts.count(
                        "SELECT MIN(a.id) FROM appointment a JOIN appointment_attendee t"
                                + " ON t.appointment_id = a.id JOIN client c ON c.id = t.client_id WHERE c.email = ?"
                                + " AND a.status = 'SCHEDULED' AND a.starts_at > UTC_TIMESTAMP() + INTERVAL 15 DAY",
                        priya);
        String day = TestAccounts.text("SELECT DATE(starts_at) FROM appointment WHERE id = ?", id);
        long mailsBefore = TestMail.countTo(priya, "Cancelled");
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        browser.open("counselor/calendar.xhtml?date=" + day);
        WebElement session =
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                        .until(
                                d ->
                                        d
                                                .findElements(
                                                        By.cssSelector(
                                                                "#calendar-form\\:schedule .fc-event"))
                                                .stream()
                                                .filter(e -> e.getText().contains("Priya & Dan"))
                                                .findFirst()
                                                .orElse(null));
        session.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("menu:cancel-step")));
        browser.waitForAjax();
        assertTrue(
                browser.find("menu")
                        .getText()
                        .contains(
                                java.time.LocalDate.parse(day)
                                        .format(
                                                java.time.format.DateTimeFormatter.ofPattern(
                                                        "EEEE d MMMM", java.util.Locale.ENGLISH))),
                browser.find("menu").getText());
        browser.find("menu:cancel-step").click();
        browser.waitForAjax();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("menu:confirm-cancel")));
        browser.checkAccessibility();
        browser.driver().findElement(By.xpath("//label[contains(., 'I cancel it')]")).click();
        browser.waitForAjax();
        assertTrue(
                browser.driver().findElements(By.id("menu:late")).isEmpty(),
                "a counselor's cancellation is not late");
        browser.find("menu:reason").sendKeys("Counselor unwell, private detail");
        assertTrue(
                browser.find("menu:notify_input").isSelected(), "the clients are told by default");
        browser.screenshot("calendar-cancel");
        browser.find("menu:confirm-cancel").click();
        browser.waitForAjax();
        String said =
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                        .until(
                                d -> {
                                    String text =
                                            d.findElement(By.id("calendar-form:status-area"))
                                                    .getText();
                                    return text.contains("cancelled by the counselor")
                                            ? text
                                            : null;
                                });
        assertTrue(said.contains("told by e-mail"), said);
        assertEquals(
                "CANCELLED_BY_COUNSELOR",
                TestAccounts.text("SELECT status FROM appointment WHERE id = ?", id));
        String mail = TestMail.nextTo(priya, TestMail.countTo(priya) - 1);
        assertEquals(mailsBefore + 1, TestMail.countTo(priya, "Cancelled"), "one e-mail to Priya");
        assertTrue(TestMail.countTo(dan, "Cancelled") >= 1, "and one to Dan");
        assertTrue(mail.contains("is cancelled") && mail.contains("Morgan Lee"), mail);
        assertTrue(!mail.contains("unwell"), "the reason stays in the record: " + mail);

        // the month shows whole names, also of a cancelled session, with a dot in the colour of its
        // kind
        browser.find("calendar-form:schedule")
                .findElement(By.cssSelector(".fc-dayGridMonth-button"))
                .click();
        browser.waitForAjax();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(
                        d ->
                                d
                                        .findElements(
                                                By.cssSelector(
                                                        "#calendar-form\\:schedule .fc-event"))
                                        .stream()
                                        .anyMatch(
                                                e ->
                                                        e.getText()
                                                                .contains(
                                                                        "(cancelled by the counselor)")));
        Object clipped =
                ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript(
                                "return [...document.querySelectorAll('.fc-daygrid-event .fc-event-title')]"
                                        + ".filter(t => t.scrollWidth > t.clientWidth + 1).map(t => t.textContent);");
        assertEquals(List.of(), clipped, "no name is cut in the month view");
        Object dot =
                ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript(
                                "var d = document.querySelector('.fc-daygrid-event.appt-couple .fc-daygrid-event-dot');"
                                        + " return d ? getComputedStyle(d).borderTopColor : null;");
        assertEquals("rgb(91, 75, 138)", dot, "a couple session's dot is the couple colour");
        browser.screenshot("calendar-month");
    }

    /**
     * Issue 17: 30 February was moved to the 28th and booked; a session from 23:30 to 00:30 could
     * not be booked; sessions after 21:00 did not show in the week view.
     */
    @Test
    void anImpossibleDateIsRefusedALateSessionIsBookedAndTheWeekShowsIt(Browser browser) {
        long marcus =
                TestAccounts.count("SELECT id FROM client WHERE email = 'marcus.bell@example.com'");
        WebSession morgan = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        String path = "counselor/appointment.xhtml";
        int year = java.time.LocalDate.now().getYear() + 1;
        java.net.http.HttpResponse<String> refused =
                morgan.submitOn(
                        morgan.open(path),
                        path,
                        "appointment",
                        "save",
                        booking(marcus, year + "-02-30", "10:00", "10:50"));
        assertEquals(200, refused.statusCode());
        assertTrue(
                refused.body().contains("There is no 30 February " + year),
                "said next to the date: " + refused.body());
        assertEquals(
                0L,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM appointment WHERE client_id = ? AND DATE(starts_at) = ?",
                        marcus,
                        year + "-02-28"),
                "nothing booked on the 28th instead");

        java.time.LocalDate day = java.time.LocalDate.now().plusDays(44);
        java.net.http.HttpResponse<String> booked =
                morgan.submitOn(
                        morgan.open(path),
                        path,
                        "appointment",
                        "save",
                        booking(marcus, day.toString(), "23:30", "00:30"));
        assertTrue(
                WebSession.isRedirect(booked),
                "a session past midnight is booked: " + booked.body());
        long late =
                TestAccounts.count(
                        "SELECT MAX(id) FROM appointment WHERE client_id = ? AND status = 'SCHEDULED'",
                        marcus);
        assertEquals(
                3600L,
                TestAccounts.count(
                        "SELECT TIMESTAMPDIFF(SECOND, starts_at, ends_at) FROM appointment WHERE id = ?",
                        late));

        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        browser.open("counselor/calendar.xhtml?date=" + day);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(
                        d ->
                                d.findElements(By.cssSelector(".fc-timegrid-slot-label")).stream()
                                        .anyMatch(e -> e.getText().startsWith("23:00")));
        WebElement shown =
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                        .until(
                                d ->
                                        d
                                                .findElements(
                                                        By.cssSelector(
                                                                "#calendar-form\\:schedule .fc-timegrid-event"))
                                                .stream()
                                                .filter(e -> e.getText().contains("Marcus"))
                                                .filter(e -> e.getText().contains("23:30"))
                                                .findFirst()
                                                .orElse(null));
        assertTrue(shown.getSize().getHeight() > 10, "the late session is drawn in the week");
        browser.screenshot("calendar-late-session");
        TestAccounts.update(
                "UPDATE appointment SET status = 'CANCELLED_BY_COUNSELOR' WHERE id = ?", late);
    }

    private static java.util.Map<String, String> booking(
            long client, String date, String start, String end) {
        return java.util.Map.of(
                "with_hinput",
                "client:" + client,
                "date_input",
                date,
                "startTime_input",
                start,
                "endTime_input",
                end,
                "kind_input",
                "INDIVIDUAL",
                "modality_input",
                "IN_PERSON",
                "room",
                "Room 1");
    }

    @Test
    void aClientSeesTheirCoupleSessionsInThePortal(Browser browser) {
        browser.signIn(DemoAccounts.SAM, DemoAccounts.PASSWORD);
        browser.open("portal/index.xhtml");
        String upcoming = browser.find("upcoming").getText();
        assertTrue(upcoming.contains("Couple session with Morgan Lee"), upcoming);
        assertTrue(
                browser.driver().findElements(By.linkText("Add to my calendar (.ics)")).size() > 0);
        browser.screenshot("portal-appointments");
    }

    @Test
    void anAdministratorSeesCounselorsDaysSideBySide(Browser browser) {
        browser.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        browser.open("admin/calendars.xhtml");
        List<WebElement> columns =
                browser.driver().findElements(By.cssSelector(".compare-column h2"));
        List<String> names = columns.stream().map(WebElement::getText).toList();
        // the first four counselors by name (other tests may have added some)
        assertTrue(names.size() >= 2 && names.size() <= 4, names.toString());
        assertTrue(
                names.contains("Jordan Reyes") || names.contains("Morgan Lee"), names.toString());
        browser.consoleErrors(); // what earlier pages of this browser logged
        browser.open("admin/calendars.xhtml");
        browser.find("compare:next").click();
        browser.waitForAjax();
        browser.find("compare:today").click();
        browser.waitForAjax();
        assertEquals(
                List.of(), browser.consoleErrors(), "the side-by-side calendars log no errors");
        browser.checkAccessibility();
        browser.screenshot("calendars-side-by-side");
    }
}
