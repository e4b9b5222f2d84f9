package org.rapport.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text attribute whose column holds clinical free text or a secret: it is stored encrypted
 * and bound to its place (table, column, row), and the entity holds the plain text ({@link
 * Sealing}). Annotating the field is all a new column needs; {@code EncryptionAtRestIT} fails on a
 * text column that holds readable text and is neither sealed nor listed there as plain with its
 * reason.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Sealed {

    /**
     * The columns that name the row when it has no id of its own (a value in a collection table,
     * such as a check-in answer: its response and item). Empty for an entity: its id names the row.
     * Such values are sealed deterministically ({@code NoteCipher.sealDeterministic}): EclipseLink
     * finds a collection table's row again by all of its values, so the same text must give the
     * same stored value there.
     */
    String[] row() default {};
}
