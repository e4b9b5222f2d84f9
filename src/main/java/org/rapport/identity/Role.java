package org.rapport.identity;

/** What a person may do in Rapport. Each account has exactly one role. */
public enum Role {
    /** Runs the practice: manages counselor accounts, sees the audit trail and every client. */
    ADMIN,
    /** Sees and changes the clients on their own caseload. */
    COUNSELOR,
    /** Sees their own portal only. */
    CLIENT;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String COUNSELOR_NAME = "COUNSELOR";
    public static final String CLIENT_NAME = "CLIENT";

    public boolean isStaff() {
        return this != CLIENT;
    }
}
