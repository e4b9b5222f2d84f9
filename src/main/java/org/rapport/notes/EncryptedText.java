package org.rapport.notes;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores clinical free text encrypted ({@link NoteCipher}); the entity only ever holds plain text. */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null ? null : NoteKeys.cipher().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : NoteKeys.cipher().decrypt(stored);
    }
}
