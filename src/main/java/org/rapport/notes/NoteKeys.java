package org.rapport.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.rapport.platform.EmbeddedDatabase;

/**
 * Where the note keys come from: {@code RAPPORT_NOTE_KEY} (with {@code RAPPORT_NOTE_OLD_KEYS} for
 * values written before a rotation), or {@code RAPPORT_NOTE_KEY_FILE} (one base64 key per line, the
 * current one first). With the embedded default database and neither set, Rapport generates a key
 * and keeps it beside the data ({@code <RAPPORT_DATA_DIR>/note-keys}). A real database without a
 * key is refused at start-up: a key generated on one instance would leave notes unreadable on the
 * others.
 */
public final class NoteKeys {

    static final String KEY = "RAPPORT_NOTE_KEY";
    static final String OLD_KEYS = "RAPPORT_NOTE_OLD_KEYS";
    static final String KEY_FILE = "RAPPORT_NOTE_KEY_FILE";
    static final String GENERATED_FILE = "note-keys";

    private static volatile NoteCipher cipher;

    private NoteKeys() {}

    /** The cipher for this server, loaded once. */
    public static NoteCipher cipher() {
        NoteCipher loaded = cipher;
        if (loaded == null) {
            synchronized (NoteKeys.class) {
                if (cipher == null) {
                    cipher = load(ConfigProvider.getConfig(NoteKeys.class.getClassLoader()));
                }
                loaded = cipher;
            }
        }
        return loaded;
    }

    /** Where the keys came from, for the start-up log. */
    public static String source(Config config) {
        if (text(config, KEY).isPresent()) {
            return KEY;
        }
        return text(config, KEY_FILE)
                .orElseGet(
                        () -> EmbeddedDatabase.dataDirectory().resolve(GENERATED_FILE).toString());
    }

    static NoteCipher load(Config config) {
        Optional<String> key = text(config, KEY);
        if (key.isPresent()) {
            List<String> keys = new ArrayList<>();
            keys.add(key.get());
            text(config, OLD_KEYS)
                    .ifPresent(
                            old ->
                                    Arrays.stream(old.split("[,\\s]+"))
                                            .filter(k -> !k.isBlank())
                                            .forEach(keys::add));
            return named(KEY, keys);
        }
        Optional<String> file = text(config, KEY_FILE);
        if (file.isPresent()) {
            return named(KEY_FILE + " " + file.get(), readKeyFile(Path.of(file.get())));
        }
        if (text(config, "RAPPORT_DB_URL").isPresent()) {
            throw new IllegalStateException(
                    "Session notes are encrypted, and no key is configured. Set "
                            + KEY
                            + " (make one with: openssl rand -base64 32) or "
                            + KEY_FILE
                            + ", the same on every instance,"
                            + " and keep a copy of it apart from the database backups (README: Note encryption).");
        }
        Path generated = EmbeddedDatabase.dataDirectory().resolve(GENERATED_FILE);
        if (!Files.exists(generated)) {
            writeNewKeyFile(generated);
        }
        return named(generated.toString(), readKeyFile(generated));
    }

    private static NoteCipher named(String source, List<String> keys) {
        try {
            return NoteCipher.ofBase64(keys);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ": " + e.getMessage());
        }
    }

    static List<String> readKeyFile(Path file) {
        try {
            List<String> keys =
                    Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
                            .map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .toList();
            if (keys.isEmpty()) {
                throw new IllegalStateException("The note key file " + file + " holds no key");
            }
            return keys;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "The note key file " + file + " cannot be read: " + e.getMessage());
        }
    }

    private static void writeNewKeyFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            String content =
                    "# Rapport's key for session notes (AES-256, base64). Without it the notes in this data\n"
                            + "# directory cannot be read: back it up apart from the database. A new key goes on the first\n"
                            + "# line; older keys stay below it until their notes are re-encrypted.\n"
                            + NoteCipher.newKey()
                            + "\n";
            Files.writeString(file, content, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own permissions apply
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The note key file " + file + " cannot be written", e);
        }
    }

    private static Optional<String> text(Config config, String name) {
        return config.getOptionalValue(name, String.class)
                .map(String::strip)
                .filter(v -> !v.isEmpty());
    }
}
