package org.rapport.testing;

import org.rapport.notes.NoteCipher;

/**
 * The note keys of a test run, the same for both servers (they share the database): a current key
 * and an older one, so rotation can be tested. Fresh for every run; in-container tests read them
 * from the server's configuration (RAPPORT_NOTE_KEY, RAPPORT_NOTE_OLD_KEYS).
 */
public final class TestNoteKeys {

    public static final String CURRENT = NoteCipher.newKey();
    public static final String OLD = NoteCipher.newKey();

    private TestNoteKeys() {}
}
