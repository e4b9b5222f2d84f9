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

/** The counselor's calendar and appointment pages in a real browser, and the client's portal list. */
@ExtendWith(BrowserTest.class)
class CalendarPageIT {

    @Test
    void counselorSeesTheWeekAndOpensACoupleSession(Browser browser) {
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        browser.open("counselor/calendar.xhtml");
        List<WebElement> events = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(
                ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#calendar-form\\:schedule .fc-event"), 2));
        assertTrue(events.stream().anyMatch(e -> e.getText().contains("Alex & Sam")),
                "the weekly couple session is in this week");
        browser.checkAccessibility();
        browser.screenshot("calendar-week");

        WebElement couple = events.stream().filter(e -> e.getText().contains("Alex & Sam")).findFirst().orElseThrow();
        couple.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("appointment.xhtml"));
        browser.waitForAjax();
        assertEquals("Appointment with Alex & Sam · Rapport", browser.title());
        String chart = browser.find("chart-link").getAttribute("href");
        assertTrue(chart.contains("couple.xhtml?id="), "the appointment links to the chart");
        browser.checkAccessibility();
        browser.screenshot("appointment");

        browser.open("counselor/appointment.xhtml?start=2031-03-04T10:00");
        assertEquals("10:00", browser.find("appointment:startTime_input").getAttribute("value"));
        assertEquals("10:50", browser.find("appointment:endTime_input").getAttribute("value"), "50 minutes by default");
        assertEquals("Individual", browser.find("appointment:kind_label").getText());
        browser.find("appointment:with_input").sendKeys("Alex");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='appointment:with_panel']//li[contains(., '&')]"))).click();
        browser.waitForAjax();
        assertEquals("Couple", browser.find("appointment:kind_label").getText(), "the kind follows who is booked");
        browser.screenshot("appointment-new");
        browser.driver().get(chart);
        WebElement book = browser.find("tabs:book-session");
        String booking = "a".equals(book.getTagName()) ? book.getAttribute("href")
                : book.findElement(By.tagName("a")).getAttribute("href");
        assertTrue(booking.contains("with=couple"), "the chart books the next session: " + booking);
    }

    @Test
    void aClientSeesTheirCoupleSessionsInThePortal(Browser browser) {
        browser.signIn(DemoAccounts.SAM, DemoAccounts.PASSWORD);
        browser.open("portal/index.xhtml");
        String upcoming = browser.find("upcoming").getText();
        assertTrue(upcoming.contains("Couple session with Morgan Lee"), upcoming);
        assertTrue(browser.driver().findElements(By.linkText("Add to my calendar (.ics)")).size() > 0);
        browser.screenshot("portal-appointments");
    }

    @Test
    void anAdministratorSeesCounselorsDaysSideBySide(Browser browser) {
        browser.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        browser.open("admin/calendars.xhtml");
        List<WebElement> columns = browser.driver().findElements(By.cssSelector(".compare-column h2"));
        List<String> names = columns.stream().map(WebElement::getText).toList();
        // the first four counselors by name (other tests may have added some)
        assertTrue(names.size() >= 2 && names.size() <= 4, names.toString());
        assertTrue(names.contains("Jordan Reyes") || names.contains("Morgan Lee"), names.toString());
        browser.find("compare:next").click();
        browser.waitForAjax();
        browser.checkAccessibility();
        browser.screenshot("calendars-side-by-side");
    }
}
