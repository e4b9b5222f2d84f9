-- Identity and access: accounts, the clients on each counselor's caseload, one-time links, and the
-- append-only audit trail.

CREATE TABLE account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    email                VARCHAR(254) NOT NULL,
    display_name         VARCHAR(120) NOT NULL,
    role                 VARCHAR(20)  NOT NULL,
    -- "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>", NULL until the person sets a password
    password_hash        VARCHAR(200),
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins        INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME,
    -- sessions that started before this moment are ended (disabling, password change)
    sessions_valid_from  DATETIME     NOT NULL DEFAULT '2000-01-01 00:00:00',
    mfa_secret           VARCHAR(200),
    mfa_enabled          BOOLEAN      NOT NULL DEFAULT FALSE,
    -- the last 30-second step a code was accepted for: a code works once
    mfa_last_step        BIGINT,
    created_at           DATETIME     NOT NULL,
    last_login_at        DATETIME,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT ck_account_role CHECK (role IN ('ADMIN', 'COUNSELOR', 'CLIENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Recovery codes for the second factor: stored hashed, each usable once.
CREATE TABLE recovery_code (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    account_id BIGINT       NOT NULL,
    code_hash  VARCHAR(200) NOT NULL,
    used_at    DATETIME,
    PRIMARY KEY (id),
    CONSTRAINT fk_recovery_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time links (first admin set-up, client invitation, password reset): only a hash of the token
-- is kept, so the table does not hold usable links.
CREATE TABLE one_time_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash  CHAR(64)    NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    account_id  BIGINT      NOT NULL,
    created_at  DATETIME    NOT NULL,
    expires_at  DATETIME    NOT NULL,
    used_at     DATETIME,
    PRIMARY KEY (id),
    CONSTRAINT uq_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_token_purpose CHECK (purpose IN ('SETUP', 'INVITATION', 'PASSWORD_RESET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A client of the practice, on one counselor's caseload. The client-records capability adds the rest
-- of the record; the portal account is how the client signs in.
CREATE TABLE client (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    legal_name           VARCHAR(160) NOT NULL,
    preferred_name       VARCHAR(120),
    email                VARCHAR(254),
    primary_counselor_id BIGINT       NOT NULL,
    portal_account_id    BIGINT,
    created_at           DATETIME     NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_client_counselor FOREIGN KEY (primary_counselor_id) REFERENCES account (id),
    CONSTRAINT fk_client_portal FOREIGN KEY (portal_account_id) REFERENCES account (id),
    CONSTRAINT uq_client_portal UNIQUE (portal_account_id),
    INDEX ix_client_counselor (primary_counselor_id, legal_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit trail: who did what to which record, from where. Rows are only ever added.
CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME     NOT NULL,
    account_id   BIGINT,
    actor        VARCHAR(254) NOT NULL,
    actor_role   VARCHAR(20),
    action       VARCHAR(30)  NOT NULL,
    record_type  VARCHAR(40),
    record_id    BIGINT,
    client_id    BIGINT,
    ip_address   VARCHAR(45),
    detail       VARCHAR(500),
    PRIMARY KEY (id),
    INDEX ix_audit_time (occurred_at, id),
    INDEX ix_audit_account_time (account_id, occurred_at),
    INDEX ix_audit_actor_time (actor, occurred_at),
    INDEX ix_audit_client_time (client_id, occurred_at),
    INDEX ix_audit_action_time (action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only: rows cannot be changed';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only: rows cannot be deleted';
