package org.rapport.perf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * The content hash Rapport stores when a note or an addendum is signed, computed exactly as {@code
 * SessionNote.computeHash} and {@code Addendum.computeHash} do (those are package-private and need
 * entities, so the arithmetic is repeated here): every field length-prefixed, attendees as sorted
 * strings, interventions sorted, the signing time in epoch seconds. If the application's hash
 * changes, this class must follow, or every generated note shows as altered.
 */
final class NoteHash {

    private final MessageDigest sha256;
    private final StringBuilder content = new StringBuilder(4096);

    NoteHash() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Plain (unencrypted, stripped) values as the signed entity holds them; null for an empty
     * field.
     */
    String note(
            long appointmentId,
            String format,
            String sessionDate,
            int lengthMinutes,
            List<Long> attendeeIds,
            List<String> interventions,
            String otherInterventions,
            String riskLevel,
            String riskComment,
            String section1,
            String section2,
            String section3,
            String section4,
            String homeworkReviewed,
            String homeworkAssigned,
            long signedBy,
            long signedAtEpochSecond) {
        content.setLength(0);
        field("appointment", String.valueOf(appointmentId));
        field("format", format);
        field("sessionDate", sessionDate);
        field("lengthMinutes", String.valueOf(lengthMinutes));
        field("attendees", attendeeIds.stream().map(String::valueOf).sorted().toList().toString());
        field("interventions", new TreeSet<>(interventions).toString());
        field("otherInterventions", otherInterventions);
        field("riskLevel", riskLevel);
        field("riskComment", riskComment);
        field("section1", section1);
        field("section2", section2);
        field("section3", section3);
        field("section4", section4);
        field("homeworkReviewed", homeworkReviewed);
        field("homeworkAssigned", homeworkAssigned);
        field("signedBy", String.valueOf(signedBy));
        field("signedAt", String.valueOf(signedAtEpochSecond));
        return digest();
    }

    String addendum(
            long noteId, String noteHash, long authorId, String body, long signedAtEpochSecond) {
        content.setLength(0);
        field("note", String.valueOf(noteId));
        field("noteHash", noteHash);
        field("author", String.valueOf(authorId));
        field("body", body);
        field("signedAt", String.valueOf(signedAtEpochSecond));
        return digest();
    }

    private void field(String name, String value) {
        content.append(name).append('=');
        if (value == null) {
            content.append("-\n");
        } else {
            content.append(value.length()).append(':').append(value).append('\n');
        }
    }

    private String digest() {
        return HexFormat.of()
                .formatHex(sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
