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
 * AES-GCM encryption of clinical free text. A stored value reads {@code v1:<key id>:<base64 of IV and
 * ciphertext>}; the key id (the first 8 hex digits of the key's SHA-256) says which key wrote it, so old
 * values stay readable after a new key takes over. The first key encrypts; all of them decrypt.
 */
public final class NoteCipher {

    static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "rapport-note".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKeySpec> keys;

    private NoteCipher(List<byte[]> rawKeys) {
        if (rawKeys.isEmpty()) {
            throw new IllegalArgumentException("No note key");
        }
        Map<String, SecretKeySpec> byId = new LinkedHashMap<>();
        for (byte[] raw : rawKeys) {
            if (raw.length != 32) {
                throw new IllegalArgumentException("A note key must be 32 bytes (256 bits), base64-encoded; one has "
                        + raw.length + " bytes");
            }
            byId.putIfAbsent(keyId(raw), new SecretKeySpec(raw, "AES"));
        }
        this.keys = Map.copyOf(byId);
        this.currentId = byId.keySet().iterator().next();
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
                throw new IllegalArgumentException("A note key is not valid base64 (make one with: openssl rand -base64 32)");
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
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String currentKeyId() {
        return currentId;
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(CONTEXT);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encrypting a note failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX) || stored.indexOf(':', PREFIX.length()) < 0) {
            throw new NoteKeyException("A stored note value is not in Rapport's encrypted form");
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String id = stored.substring(PREFIX.length(), colon);
        SecretKeySpec key = keys.get(id);
        if (key == null) {
            throw new NoteKeyException("A note was encrypted with key " + id + ", which this server does not have"
                    + " (add it to RAPPORT_NOTE_OLD_KEYS or the key file)");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(CONTEXT);
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new NoteKeyException("A stored note value could not be decrypted with key " + id
                    + " (damaged, or a different key with the same id)");
        }
    }

    /** Whether the value was written with the current key (rotation re-encrypts the others). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(PREFIX + currentId + ":");
    }

    /** A stored note cannot be read with the keys this server has. */
    public static class NoteKeyException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NoteKeyException(String message) {
            super(message);
        }
    }
}
