package org.rapport.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;

import org.rapport.platform.ClientAddress;
import org.rapport.platform.RapportDatabase;
import org.rapport.platform.Settings;

/**
 * Writes the audit trail. Each event is committed on its own, before the caller goes on, so that it
 * stays recorded even when the work it describes fails (a failed sign-in, a refused request) and a
 * read is recorded before what was read is shown.
 *
 * <p>One INSERT on a connection in auto-commit mode, outside any transaction of the caller: the
 * same guarantee as a transaction of its own, in one statement instead of four (a chart writes five
 * of them; they were a third of its statements).
 */
@ApplicationScoped
public class AuditTrail {

    private static final String INSERT =
            "INSERT INTO audit_event (occurred_at, account_id, actor, actor_role, action,"
                    + " record_type, record_id, client_id, ip_address, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = RapportDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Inject private HttpServletRequest request;

    @Inject private Clock clock;

    @Inject private Settings settings;

    private volatile Set<String> trustedProxies;

    /** Who did something: an account, or someone who gave only an email (a failed sign-in). */
    public record Actor(Long accountId, String name, String role) {

        public static Actor anonymous(String name) {
            return new Actor(null, name == null || name.isBlank() ? "(anonymous)" : name, null);
        }
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void record(
            Actor actor,
            AuditAction action,
            String recordType,
            Long recordId,
            Long clientId,
            String detail) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(
                    1,
                    LocalDateTime.ofInstant(
                            Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
            setLong(insert, 2, actor.accountId());
            insert.setString(3, abbreviate(actor.name(), 254));
            insert.setString(4, actor.role());
            insert.setString(5, action.name());
            insert.setString(6, recordType);
            setLong(insert, 7, recordId);
            setLong(insert, 8, clientId);
            insert.setString(9, callerAddress());
            insert.setString(10, detail == null ? null : abbreviate(detail, 500));
            insert.executeUpdate();
        } catch (SQLException e) {
            // no audit row, no access: the caller's request fails rather than going on unrecorded
            throw new IllegalStateException("The audit trail could not be written", e);
        }
    }

    /**
     * One event per client, all in one INSERT (a page that lists several clients' data, such as the
     * counselor's home page, records each client's read without a statement for each). Nothing for
     * an empty map.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void recordEach(
            Actor actor,
            AuditAction action,
            String recordType,
            java.util.Map<Long, String> detailByClient) {
        if (detailByClient.isEmpty()) {
            return;
        }
        String values = " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        StringBuilder sql = new StringBuilder(INSERT.substring(0, INSERT.indexOf(" VALUES")));
        for (int i = 0; i < detailByClient.size(); i++) {
            sql.append(i == 0 ? values : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            LocalDateTime now =
                    LocalDateTime.ofInstant(
                            Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
            String address = callerAddress();
            int p = 0;
            for (java.util.Map.Entry<Long, String> entry : detailByClient.entrySet()) {
                insert.setObject(p + 1, now);
                setLong(insert, p + 2, actor.accountId());
                insert.setString(p + 3, abbreviate(actor.name(), 254));
                insert.setString(p + 4, actor.role());
                insert.setString(p + 5, action.name());
                insert.setString(p + 6, recordType);
                setLong(insert, p + 7, null);
                setLong(insert, p + 8, entry.getKey());
                insert.setString(p + 9, address);
                insert.setString(
                        p + 10,
                        entry.getValue() == null ? null : abbreviate(entry.getValue(), 500));
                p += 10;
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be written", e);
        }
    }

    /**
     * A refused read: someone asked for a record they may not see (ACCESS_DENIED), or for one that
     * does not exist, which looks the same to them. Both are recorded, so that an administrator
     * sees who probes whose records.
     */
    public void refused(
            Actor actor, String recordType, long recordId, Long clientId, boolean exists) {
        record(
                actor,
                AuditAction.ACCESS_DENIED,
                recordType,
                recordId,
                clientId,
                exists ? "read refused: not the caller's to see" : "read refused: no such record");
    }

    private static void setLong(PreparedStatement statement, int index, Long value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /**
     * The network address of the person making the request being served, as the audit trail records
     * it (behind a trusted proxy, the client named in {@code X-Forwarded-For}: {@link
     * ClientAddress}); null outside a request.
     */
    public String callerAddress() {
        try {
            Set<String> trusted = trustedProxies;
            if (trusted == null) {
                trusted = trustedProxies = settings.trustedProxies();
            }
            return ClientAddress.of(
                    request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException e) {
            return null; // not in a request: start-up tasks
        }
    }

    private static String abbreviate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
