package org.rapport.platform;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.logging.Logger;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.Session;
import org.rapport.notes.NoteCipher;
import org.rapport.notes.NoteKeys;

/**
 * Encryption at rest for every {@link Sealed} attribute, wired into EclipseLink by {@link
 * SessionSettings}. The entity holds plain text; the database holds AES-GCM ciphertext whose
 * authenticated data names the table, the column and the row ({@link #place}), so a value copied
 * into another row or column does not decrypt there.
 *
 * <ul>
 *   <li>Reading: each row's sealed values are opened as the object is built from it. A value that
 *       does not open (damaged, or moved from elsewhere) reads as {@link #DAMAGED} and is logged;
 *       the page shows that sentence instead of failing.
 *   <li>Writing: the outgoing row's values are sealed just before the statement. A new entity's id
 *       comes from the database (AUTO_INCREMENT), so its INSERT carries {@link #PENDING} and the
 *       same transaction seals the values with the new id right after it (one UPDATE per inserted
 *       row that has sealed text).
 * </ul>
 */
public class Sealing implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(Sealing.class.getName());

    /**
     * What a sealed column holds between an entity's INSERT and the UPDATE that seals it with its
     * new id.
     */
    public static final String PENDING = "v2:-";

    /** What a value that cannot be opened reads as. */
    public static final String DAMAGED =
            "[This text cannot be read: it was damaged or moved in the database."
                    + " The practice's administrator has been told in the server log.]";

    /** Where a value belongs: the authenticated data of its ciphertext. */
    public static String place(String table, String column, String row) {
        return table.toLowerCase() + "." + column.toLowerCase() + "#" + row;
    }

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            List<SealedAttribute> sealed = new ArrayList<>();
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                Field field = field(descriptor.getJavaClass(), mapping.getAttributeName());
                Sealed annotation = field == null ? null : field.getAnnotation(Sealed.class);
                if (annotation != null) {
                    if (!(mapping instanceof DirectToFieldMapping)
                            || field.getType() != String.class) {
                        throw new IllegalStateException("@Sealed is for text attributes: " + field);
                    }
                    sealed.add(new SealedAttribute(mapping.getAttributeName(), annotation.row()));
                }
            }
            if (!sealed.isEmpty()) {
                descriptor.getEventManager().addListener(new Listener(sealed));
            }
        }
    }

    /** The {@link Sealed} annotation of an attribute, or null. */
    static Sealed sealed(Class<?> type, String attribute) {
        Field field = field(type, attribute);
        return field == null ? null : field.getAnnotation(Sealed.class);
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    private record SealedAttribute(String attribute, String[] rowColumns) {

        /** A value in a collection table: sealed deterministically (see {@link Sealed#row}). */
        boolean deterministic() {
            return rowColumns.length > 0;
        }

        String seal(NoteCipher cipher, String plain, String place) {
            return deterministic()
                    ? cipher.sealDeterministic(plain, place)
                    : cipher.seal(plain, place);
        }
    }

    private static final class Listener extends DescriptorEventAdapter {

        private final List<SealedAttribute> attributes;

        Listener(List<SealedAttribute> attributes) {
            this.attributes = attributes;
        }

        @Override
        public void postBuild(DescriptorEvent event) {
            open(event);
        }

        @Override
        public void postRefresh(DescriptorEvent event) {
            open(event);
        }

        private void open(DescriptorEvent event) {
            AbstractRecord row = (AbstractRecord) event.getRecord();
            if (row == null) {
                return;
            }
            NoteCipher cipher = NoteKeys.cipher();
            for (SealedAttribute sealed : attributes) {
                DatabaseMapping mapping =
                        event.getDescriptor().getMappingForAttributeName(sealed.attribute());
                DatabaseField field = mapping.getField();
                if (!row.containsKey(field)) {
                    continue; // a partial read without this column
                }
                Object stored = row.get(field);
                if (stored == null) {
                    continue;
                }
                String key = rowKey(event, row, sealed);
                String place = place(field.getTableName(), field.getName(), key);
                String plain;
                try {
                    plain = cipher.open(stored.toString(), place);
                } catch (NoteCipher.NoteKeyException e) {
                    LOG.severe(
                            () -> "The value of " + place + " cannot be read: " + e.getMessage());
                    plain = DAMAGED;
                }
                mapping.setAttributeValueInObject(event.getObject(), plain);
            }
        }

        @Override
        public void aboutToInsert(DescriptorEvent event) {
            seal(event, true);
        }

        @Override
        public void aboutToUpdate(DescriptorEvent event) {
            seal(event, false);
        }

        private void seal(DescriptorEvent event, boolean insert) {
            AbstractRecord row = (AbstractRecord) event.getRecord();
            NoteCipher cipher = NoteKeys.cipher();
            for (SealedAttribute sealed : attributes) {
                DatabaseField field =
                        event.getDescriptor()
                                .getMappingForAttributeName(sealed.attribute())
                                .getField();
                if (!row.containsKey(field) || row.get(field) == null) {
                    continue;
                }
                String key = rowKey(event, row, sealed);
                if (key == null && insert) {
                    row.put(
                            field,
                            PENDING); // sealed by postInsert, once the database has given the id
                } else if (key == null) {
                    throw new IllegalStateException("No row id to seal " + field + " with");
                } else {
                    row.put(
                            field,
                            sealed.seal(
                                    cipher,
                                    row.get(field).toString(),
                                    place(field.getTableName(), field.getName(), key)));
                }
            }
        }

        /**
         * A value in a collection table is deleted by its whole row: the statement's parameters
         * hold the plain text the object has, and become the (deterministic) stored value here.
         */
        @Override
        public void aboutToDelete(DescriptorEvent event) {
            AbstractRecord translation =
                    event.getQuery() == null ? null : event.getQuery().getTranslationRow();
            NoteCipher cipher = NoteKeys.cipher();
            for (SealedAttribute sealed : attributes) {
                if (!sealed.deterministic()) {
                    continue;
                }
                DatabaseField field =
                        event.getDescriptor()
                                .getMappingForAttributeName(sealed.attribute())
                                .getField();
                for (AbstractRecord row :
                        new AbstractRecord[] {translation, (AbstractRecord) event.getRecord()}) {
                    if (row == null || !row.containsKey(field) || row.get(field) == null) {
                        continue;
                    }
                    String value = row.get(field).toString();
                    if (NoteCipher.isSealed(value)) {
                        continue;
                    }
                    String key = rowKey(event, row, sealed);
                    if (key == null) {
                        key = rowKey(event, translation, sealed);
                    }
                    if (key == null) {
                        throw new IllegalStateException("No row key to find " + field + " with");
                    }
                    row.put(
                            field,
                            cipher.sealDeterministic(
                                    value, place(field.getTableName(), field.getName(), key)));
                }
            }
        }

        @Override
        public void postInsert(DescriptorEvent event) {
            AbstractRecord row =
                    event.getQuery() instanceof WriteObjectQuery write
                            ? write.getModifyRow()
                            : null;
            if (row == null) {
                return;
            }
            List<DatabaseField> pending = new ArrayList<>();
            for (SealedAttribute sealed : attributes) {
                DatabaseField field =
                        event.getDescriptor()
                                .getMappingForAttributeName(sealed.attribute())
                                .getField();
                if (row.containsKey(field) && PENDING.equals(row.get(field))) {
                    pending.add(field);
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            ClassDescriptor descriptor = event.getDescriptor();
            Object id =
                    descriptor
                            .getObjectBuilder()
                            .extractPrimaryKeyFromObject(event.getObject(), event.getSession());
            if (id == null) {
                throw new IllegalStateException(
                        "The database gave no id for a new " + descriptor.getAlias());
            }
            NoteCipher cipher = NoteKeys.cipher();
            StringJoiner set = new StringJoiner(", ");
            List<Object> values = new ArrayList<>();
            DataModifyQuery update = new DataModifyQuery();
            for (DatabaseField field : pending) {
                Object plain =
                        event.getDescriptor()
                                .getObjectBuilder()
                                .getMappingForField(field)
                                .getAttributeValueFromObject(event.getObject());
                set.add(field.getName() + " = #v" + values.size());
                update.addArgument("v" + values.size());
                values.add(
                        cipher.seal(
                                plain.toString(),
                                place(field.getTableName(), field.getName(), id.toString())));
                row.put(field, values.get(values.size() - 1));
            }
            DatabaseField idField = descriptor.getPrimaryKeyFields().get(0);
            update.addArgument("id");
            values.add(id);
            update.setCall(
                    new SQLCall(
                            "UPDATE "
                                    + pending.get(0).getTableName()
                                    + " SET "
                                    + set
                                    + " WHERE "
                                    + idField.getName()
                                    + " = #id"));
            event.getSession().executeQuery(update, values);
        }

        private static String rowKey(
                DescriptorEvent event, AbstractRecord row, SealedAttribute sealed) {
            if (sealed.rowColumns().length > 0) {
                StringJoiner key = new StringJoiner("/");
                for (String column : sealed.rowColumns()) {
                    Object value = valueOf(row, column);
                    if (value == null
                            && event.getQuery() != null
                            && event.getQuery().getTranslationRow() != null) {
                        value = valueOf(event.getQuery().getTranslationRow(), column);
                    }
                    if (value == null) {
                        return null;
                    }
                    key.add(value.toString());
                }
                return key.toString();
            }
            ClassDescriptor descriptor = event.getDescriptor();
            DatabaseField idField = descriptor.getPrimaryKeyFields().get(0);
            Object id = row.containsKey(idField) ? row.get(idField) : null;
            if (id == null && event.getObject() != null) {
                id =
                        descriptor
                                .getObjectBuilder()
                                .extractPrimaryKeyFromObject(event.getObject(), event.getSession());
            }
            return id == null ? null : id.toString();
        }

        private static Object valueOf(AbstractRecord row, String column) {
            for (DatabaseField field : row.getFields()) {
                if (field.getName().equalsIgnoreCase(column)) {
                    return row.get(field);
                }
            }
            return null;
        }
    }
}
