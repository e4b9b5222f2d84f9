package org.rapport.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NoteCipherTest {

    private final String keyA = NoteCipher.newKey();
    private final String keyB = NoteCipher.newKey();

    private static final String HERE = "session_note.section1#42";

    @Test
    void textComesBackAndNeverAppearsInTheStoredValue() {
        NoteCipher cipher = NoteCipher.ofBase64(List.of(keyA));
        String stored = cipher.seal("Ünïcode note — “quotes” and 😊", HERE);
        assertTrue(stored.startsWith("v2:" + cipher.currentKeyId() + ":"));
        assertFalse(stored.contains("note"));
        assertEquals("Ünïcode note — “quotes” and 😊", cipher.open(stored, HERE));
        assertNotEquals(
                stored,
                cipher.seal("Ünïcode note — “quotes” and 😊", HERE),
                "a fresh IV every time");
        assertNull(cipher.seal(null, HERE));
        assertNull(cipher.open(null, HERE));
    }

    @Test
    void aValueOpensOnlyInThePlaceItWasSealedFor() {
        NoteCipher cipher = NoteCipher.ofBase64(List.of(keyA));
        String stored = cipher.seal("Only here.", HERE);
        assertThrows(
                NoteCipher.NoteKeyException.class,
                () -> cipher.open(stored, "session_note.section1#43"),
                "another row");
        assertThrows(
                NoteCipher.NoteKeyException.class,
                () -> cipher.open(stored, "session_note.section2#42"),
                "another column");
        assertThrows(
                NoteCipher.NoteKeyException.class,
                () -> cipher.open(stored, "process_note.section1#42"),
                "another table");
        String first = cipher.encrypt("First format.");
        assertEquals(
                "First format.",
                cipher.decrypt(first),
                "values of the first format still read, for sealing them");
        assertThrows(
                NoteCipher.NoteKeyException.class,
                () -> cipher.open(first, HERE),
                "but are not taken as sealed");
        assertThrows(NoteCipher.NoteKeyException.class, () -> cipher.open("Plain text.", HERE));
    }

    @Test
    void aDeterministicValueIsTheSameForTheSameTextAndPlaceOnly() {
        NoteCipher cipher = NoteCipher.ofBase64(List.of(keyA));
        String stored = cipher.sealDeterministic("Relationship distress", HERE);
        assertEquals(
                stored,
                cipher.sealDeterministic("Relationship distress", HERE),
                "found again by its value");
        assertNotEquals(
                stored,
                cipher.sealDeterministic("Relationship distress", "session_note.section1#43"));
        assertNotEquals(stored, cipher.sealDeterministic("Relationship distress.", HERE));
        assertNotEquals(
                stored,
                NoteCipher.ofBase64(List.of(keyB))
                        .sealDeterministic("Relationship distress", HERE));
        assertEquals("Relationship distress", cipher.open(stored, HERE));
        assertThrows(
                NoteCipher.NoteKeyException.class,
                () -> cipher.open(stored, "session_note.section1#43"));
        assertFalse(stored.contains("distress"));
    }

    @Test
    void afterARotationOldValuesStillReadAndNewOnesUseTheNewKey() {
        String oldValue = NoteCipher.ofBase64(List.of(keyA)).seal("before", HERE);
        NoteCipher rotated = NoteCipher.ofBase64(List.of(keyB, keyA));
        assertEquals(2, rotated.keyCount());
        assertEquals("before", rotated.open(oldValue, HERE));
        assertFalse(rotated.isCurrent(oldValue));
        String newValue = rotated.seal("after", HERE);
        assertTrue(rotated.isCurrent(newValue));
        assertTrue(
                newValue.startsWith(
                        "v2:" + NoteCipher.ofBase64(List.of(keyB)).currentKeyId() + ":"));
    }

    @Test
    void aMissingKeyOrATamperedValueIsRefusedWithAMessageNeverWithWrongText() {
        String value = NoteCipher.ofBase64(List.of(keyA)).seal("secret", HERE);
        NoteCipher other = NoteCipher.ofBase64(List.of(keyB));
        NoteCipher.NoteKeyException missing =
                assertThrows(NoteCipher.NoteKeyException.class, () -> other.open(value, HERE));
        assertTrue(missing.getMessage().contains("RAPPORT_NOTE_OLD_KEYS"), missing.getMessage());
        // a character in the middle of the ciphertext (the last ones may only carry base64 padding
        // bits)
        int at = value.lastIndexOf(':') + 20;
        String tampered =
                value.substring(0, at)
                        + (value.charAt(at) == 'A' ? 'B' : 'A')
                        + value.substring(at + 1);
        NoteCipher cipher = NoteCipher.ofBase64(List.of(keyA));
        assertThrows(NoteCipher.NoteKeyException.class, () -> cipher.open(tampered, HERE));
    }

    @Test
    void keysMustBe256BitBase64() {
        assertThrows(
                IllegalArgumentException.class, () -> NoteCipher.ofBase64(List.of("c2hvcnQ=")));
        assertThrows(
                IllegalArgumentException.class,
                () -> NoteCipher.ofBase64(List.of("not base64 at all!")));
    }
}
