package org.rapport.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NoteCompletenessTest {

    private NoteDraft complete() {
        NoteDraft draft = new NoteDraft();
        draft.setFormat(NoteFormat.DAP);
        draft.setSessionDate(LocalDate.of(2026, 11, 10));
        draft.setLengthMinutes(50);
        draft.setAttendeeIds(List.of(1L));
        draft.setSection3("Plan: continue weekly.");
        return draft;
    }

    @Test
    void aNoteWithTextInAnySectionOfItsFormatCanBeSigned() {
        assertEquals(Map.of(), NoteService.completeness(complete()));
    }

    @Test
    void textInASectionTheFormatDoesNotHaveDoesNotCount() {
        NoteDraft draft = complete();
        draft.setSection3(null);
        draft.setSection4("Left over from a BIRP draft.");
        assertTrue(NoteService.completeness(draft).containsKey("section1"));
    }

    @Test
    void riskAboveNoneNeedsAComment() {
        NoteDraft draft = complete();
        draft.setRiskLevel(RiskLevel.MODERATE);
        draft.setRiskComment("   ");
        assertTrue(NoteService.completeness(draft).containsKey("riskComment"));
        draft.setRiskComment("Safety plan reviewed.");
        assertEquals(Map.of(), NoteService.completeness(draft));
    }

    @Test
    void someoneMustHaveCome() {
        NoteDraft draft = complete();
        draft.setAttendeeIds(List.of());
        assertTrue(NoteService.completeness(draft).containsKey("attendeeIds"));
    }
}
