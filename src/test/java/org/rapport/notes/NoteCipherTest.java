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

    @Test
    void textComesBackAndNeverAppearsInTheStoredValue() {
        NoteCipher cipher = NoteCipher.ofBase64(List.of(keyA));
        String stored = cipher.encrypt("Ünïcode note — “quotes” and 😊");
        assertTrue(stored.startsWith("v1:" + cipher.currentKeyId() + ":"));
        assertFalse(stored.contains("note"));
        assertEquals("Ünïcode note — “quotes” and 😊", cipher.decrypt(stored));
        assertNotEquals(stored, cipher.encrypt("Ünïcode note — “quotes” and 😊"), "a fresh IV every time");
        assertNull(cipher.encrypt(null));
        assertNull(cipher.decrypt(null));
    }

    @Test
    void afterARotationOldValuesStillReadAndNewOnesUseTheNewKey() {
        String oldValue = NoteCipher.ofBase64(List.of(keyA)).encrypt("before");
        NoteCipher rotated = NoteCipher.ofBase64(List.of(keyB, keyA));
        assertEquals("before", rotated.decrypt(oldValue));
        assertFalse(rotated.isCurrent(oldValue));
        String newValue = rotated.encrypt("after");
        assertTrue(rotated.isCurrent(newValue));
        assertTrue(newValue.startsWith("v1:" + NoteCipher.ofBase64(List.of(keyB)).currentKeyId() + ":"));
    }

    @Test
    void aMissingKeyOrATamperedValueIsRefusedWithAMessageNeverWithWrongText() {
        String value = NoteCipher.ofBase64(List.of(keyA)).encrypt("secret");
        NoteCipher other = NoteCipher.ofBase64(List.of(keyB));
        NoteCipher.NoteKeyException missing = assertThrows(NoteCipher.NoteKeyException.class, () -> other.decrypt(value));
        assertTrue(missing.getMessage().contains("RAPPORT_NOTE_OLD_KEYS"), missing.getMessage());
        // a character in the middle of the ciphertext (the last ones may only carry base64 padding bits)
        int at = value.lastIndexOf(':') + 20;
        String tampered = value.substring(0, at) + (value.charAt(at) == 'A' ? 'B' : 'A') + value.substring(at + 1);
        NoteCipher cipher = NoteCipher.ofBase64(List.of(keyA));
        assertThrows(NoteCipher.NoteKeyException.class, () -> cipher.decrypt(tampered));
        assertThrows(NoteCipher.NoteKeyException.class, () -> cipher.decrypt("plain text from before encryption"));
    }

    @Test
    void keysMustBe256BitBase64() {
        assertThrows(IllegalArgumentException.class, () -> NoteCipher.ofBase64(List.of("c2hvcnQ=")));
        assertThrows(IllegalArgumentException.class, () -> NoteCipher.ofBase64(List.of("not base64 at all!")));
    }
}
