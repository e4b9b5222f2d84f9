package org.rapport.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditQueryTest {

    @Test
    void csvFieldsAreQuotedAndFormulasDefused() {
        assertEquals("", AuditQuery.csv(null));
        assertEquals("plain", AuditQuery.csv("plain"));
        assertEquals("\"a, b\"", AuditQuery.csv("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", AuditQuery.csv("say \"hi\""));
        assertEquals("'=HYPERLINK(1)", AuditQuery.csv("=HYPERLINK(1)"));
        assertEquals("'+1", AuditQuery.csv("+1"));
        assertEquals("42", AuditQuery.csv(42L));
    }
}
