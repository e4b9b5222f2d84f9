package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void theStoredFormRecordsAlgorithmAndIterations() {
        String hash = PasswordHasher.hash("correct horse battery staple");
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
        assertTrue(PasswordHasher.verify("correct horse battery staple", hash));
        assertFalse(PasswordHasher.verify("correct horse battery stapler", hash));
        assertNotEquals(
                hash, PasswordHasher.hash("correct horse battery staple"), "a new salt each time");
    }

    @Test
    void weakerOrForeignHashesAreFlaggedForRehashAndNeverMatchByAccident() {
        String weak = PasswordHasher.hash("correct horse battery staple", 1_000);
        assertTrue(
                PasswordHasher.verify("correct horse battery staple", weak),
                "old hashes still verify");
        assertTrue(PasswordHasher.needsRehash(weak));
        assertFalse(PasswordHasher.needsRehash(PasswordHasher.hash("x")));
        assertFalse(PasswordHasher.verify("anything", null));
        assertFalse(PasswordHasher.verify("anything", "plain-text"));
        assertFalse(PasswordHasher.verify("anything", "pbkdf2-sha256$abc$%%%$%%%"));
        assertFalse(PasswordHasher.verify(null, PasswordHasher.hash("x")));
    }
}
