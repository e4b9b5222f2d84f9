package org.rapport.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.WebSession;

/** The portal's history lists what the client completed, with the counselor's feedback. */
class PortalHistoryHttpIT {

    @Test
    void theHistoryListsCompletedHomeworkWithTheCounselorsFeedback() {
        WebSession taylor = new WebSession().signedInAs(DemoAccounts.TAYLOR, DemoAccounts.PASSWORD);
        HttpResponse<String> history = taylor.open("portal/history.xhtml");
        assertEquals(200, history.statusCode());
        String page = history.body();
        assertFalse(page.contains("Nothing yet."), "Taylor has completed an exercise: " + page);
        assertTrue(page.contains("id=\"done-tasks\""), page);
        assertTrue(page.contains("Asking Jamie took courage"), "Jordan's feedback is shown");
    }
}
