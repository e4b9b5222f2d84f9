package org.rapport.notes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM encryption of clinical free text. A stored value reads {@code v1:<key id>:<base64 of IV
 * and ciphertext>}; the key id (the first 8 hex digits of the key's SHA-256) says which key wrote
 * it, so old values stay readable after a new key takes over. The first key encrypts; all of them
 * decrypt.
 */
public final class NoteCipher {

    static final String PREFIX = "v1:";
    static final String SEALED = "v2:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "rapport-note".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKeySpec> keys;
    private final SecretKeySpec ivKey;

    private NoteCipher(List<byte[]> rawKeys) {
        if (rawKeys.isEmpty()) {
            throw new IllegalArgumentException("No note key");
        }
        Map<String, SecretKeySpec> byId = new LinkedHashMap<>();
        for (byte[] raw : rawKeys) {
            if (raw.length != 32) {
                throw new IllegalArgumentException(
                        "A note key must be 32 bytes (256 bits), base64-encoded; one has "
                                + raw.length
                                + " bytes");
            }
            byId.putIfAbsent(keyId(raw), new SecretKeySpec(raw, "AES"));
        }
        this.keys = Map.copyOf(byId);
        this.currentId = byId.keySet().iterator().next();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("rapport-synthetic-iv".getBytes(StandardCharsets.US_ASCII));
            this.ivKey = new SecretKeySpec(sha.digest(rawKeys.get(0)), "HmacSHA256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cipher that encrypts with the first key and decrypts with any of them. */
    public static NoteCipher of(List<byte[]> keys) {
        return new NoteCipher(keys);
    }

    /** Keys written as base64, the current one first. */
    public static NoteCipher ofBase64(List<String> keys) {
        List<byte[]> raw = new ArrayList<>();
        for (String key : keys) {
            try {
                raw.add(Base64.getDecoder().decode(key.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "A note key is not valid base64 (make one with: openssl rand -base64 32)");
            }
        }
        return new NoteCipher(raw);
    }

    /** A fresh random key, base64-encoded. */
    public static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static String keyId(byte[] raw) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(raw))
                    .substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How many keys this cipher reads with (more than one: values under an older key may need
     * re-encrypting).
     */
    public int keyCount() {
        return keys.size();
    }

    public String currentKeyId() {
        return currentId;
    }

    /**
     * Encrypts a value bound to its place: {@code place} (table, column and row, see {@code
     * Sealing}) goes into the authenticated data, so the value decrypts only there. Reads {@code
     * v2:<key id>:<base64>}.
     */
    public String seal(String plain, String place) {
        return plain == null ? null : encrypt(SEALED, plain, aad(place));
    }

    /**
     * Like {@link #seal}, but the same text sealed for the same place gives the same value: the IV
     * is derived from the place and the text (HMAC-SHA256 under a key derived from the current
     * key), as in a synthetic-IV scheme. For values in collection tables, which EclipseLink finds
     * again by their whole row (to delete one): an equal value is all it reveals, and only within
     * one place.
     */
    public String sealDeterministic(String plain, String place) {
        if (plain == null) {
            return null;
        }
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(ivKey);
            mac.update(aad(place));
            mac.update((byte) 0);
            byte[] iv =
                    java.util.Arrays.copyOf(
                            mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)), IV_BYTES);
            return encrypt(SEALED, plain, aad(place), iv);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encrypting a value failed", e);
        }
    }

    /** The plain text of a value sealed for {@code place}; a value copied from elsewhere fails. */
    public String open(String stored, String place) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(SEALED)) {
            throw new NoteKeyException("A stored value is not in Rapport's sealed form");
        }
        return decrypt(SEALED, stored, aad(place));
    }

    /** Whether a stored value is sealed (bound to its place); v1 values and plain text are not. */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(SEALED);
    }

    private static byte[] aad(String place) {
        return ("rapport:" + place).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Encrypts with the first format's fixed context (v1: every value the same; kept to read old
     * values).
     */
    public String encrypt(String plain) {
        return plain == null ? null : encrypt(PREFIX, plain, CONTEXT);
    }

    private String encrypt(String prefix, String plain, byte[] context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        return encrypt(prefix, plain, context, iv);
    }

    private String encrypt(String prefix, String plain, byte[] context, byte[] iv) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return prefix + currentId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encrypting a value failed", e);
        }
    }

    /** Decrypts a value of the first format (v1). */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new NoteKeyException("A stored note value is not in Rapport's encrypted form");
        }
        return decrypt(PREFIX, stored, CONTEXT);
    }

    private String decrypt(String prefix, String stored, byte[] context) {
        int colon = stored.indexOf(':', prefix.length());
        if (colon < 0) {
            throw new NoteKeyException("A stored value is not in Rapport's encrypted form");
        }
        String id = stored.substring(prefix.length(), colon);
        SecretKeySpec key = keys.get(id);
        if (key == null) {
            throw new NoteKeyException(
                    "A value was encrypted with key "
                            + id
                            + ", which this server does not have"
                            + " (add it to RAPPORT_NOTE_OLD_KEYS or the key file)");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(context);
            return new String(
                    cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new NoteKeyException(
                    "A stored value could not be decrypted with key "
                            + id
                            + " (damaged, moved from another row or column, or a different key with the same id)");
        }
    }

    /** Whether the value was written with the current key (rotation re-encrypts the others). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(SEALED + currentId + ":");
    }

    /** A stored note cannot be read with the keys this server has. */
    public static class NoteKeyException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NoteKeyException(String message) {
            super(message);
        }
    }
}
