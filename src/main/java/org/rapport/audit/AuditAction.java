package org.rapport.audit;

/** What was done. */
public enum AuditAction {
    VIEW,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    ANONYMIZE,
    SIGN,
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    SESSION_ENDED,
    PASSWORD_SET,
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ACCESS_DENIED,
    /** A saved client may be someone on another caseload; an administrator checks. */
    POSSIBLE_DUPLICATE
}
