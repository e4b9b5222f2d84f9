package org.rapport.perf;

import java.time.Instant;
import java.util.Arrays;

/**
 * Audit events collected while the rest is generated, then written in time order (ids follow time,
 * as they do when the application appends them). Kept in plain arrays: a full practice has a
 * million.
 */
final class AuditLog {

    static final String[] ACTIONS = {
        "VIEW",
        "CREATE",
        "UPDATE",
        "SIGN",
        "LOGIN",
        "LOGIN_FAILED",
        "SESSION_ENDED",
        "ACCOUNT_CREATED"
    };
    static final byte VIEW = 0;
    static final byte CREATE = 1;
    static final byte UPDATE = 2;
    static final byte SIGN = 3;
    static final byte LOGIN = 4;
    static final byte LOGIN_FAILED = 5;
    static final byte SESSION_ENDED = 6;
    static final byte ACCOUNT_CREATED = 7;

    private long[] times = new long[1024];
    private long[] accounts = new long[1024];
    private byte[] actions = new byte[1024];
    private String[] recordTypes = new String[1024];
    private long[] recordIds = new long[1024];
    private long[] clientIds = new long[1024];
    private String[] details = new String[1024];
    private int size;

    /** recordId and clientId 0 for none. */
    void add(
            Instant at,
            long accountId,
            byte action,
            String recordType,
            long recordId,
            long clientId,
            String detail) {
        if (size == times.length) {
            int grown = size * 2;
            times = Arrays.copyOf(times, grown);
            accounts = Arrays.copyOf(accounts, grown);
            actions = Arrays.copyOf(actions, grown);
            recordTypes = Arrays.copyOf(recordTypes, grown);
            recordIds = Arrays.copyOf(recordIds, grown);
            clientIds = Arrays.copyOf(clientIds, grown);
            details = Arrays.copyOf(details, grown);
        }
        times[size] = at.getEpochSecond();
        accounts[size] = accountId;
        actions[size] = action;
        recordTypes[size] = recordType;
        recordIds[size] = recordId;
        clientIds[size] = clientId;
        details[size] = detail;
        size++;
    }

    int size() {
        return size;
    }

    /** The event indexes in time order (equal times keep the order they were added in). */
    int[] timeOrder() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (times[i] << 24) | i; // times are below 2^39, indexes below 2^24
        }
        if (size >= 1 << 24) {
            throw new IllegalStateException("Too many audit events");
        }
        Arrays.sort(keys);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) (keys[i] & ((1 << 24) - 1));
        }
        return order;
    }

    long time(int i) {
        return times[i];
    }

    long account(int i) {
        return accounts[i];
    }

    String action(int i) {
        return ACTIONS[actions[i]];
    }

    String recordType(int i) {
        return recordTypes[i];
    }

    Long recordId(int i) {
        return recordIds[i] == 0 ? null : recordIds[i];
    }

    Long clientId(int i) {
        return clientIds[i] == 0 ? null : clientIds[i];
    }

    String detail(int i) {
        return details[i];
    }
}
