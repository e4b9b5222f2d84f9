-- Client records in full, and the couple as a record of its own.

ALTER TABLE client
    ADD COLUMN pronouns                       VARCHAR(40)   AFTER preferred_name,
    ADD COLUMN date_of_birth                  DATE          AFTER pronouns,
    ADD COLUMN phone                          VARCHAR(40)   AFTER email,
    -- the phone number's digits alone, so "555 0142" finds "(555) 014-2…"
    ADD COLUMN phone_digits                   VARCHAR(40)   AFTER phone,
    ADD COLUMN address                        VARCHAR(400)  AFTER phone_digits,
    ADD COLUMN emergency_contact_name         VARCHAR(120)  AFTER address,
    ADD COLUMN emergency_contact_relationship VARCHAR(60)   AFTER emergency_contact_name,
    ADD COLUMN emergency_contact_phone        VARCHAR(40)   AFTER emergency_contact_relationship,
    ADD COLUMN status                         VARCHAR(20)   NOT NULL DEFAULT 'ACTIVE' AFTER emergency_contact_phone,
    ADD COLUMN status_since                   DATE          AFTER status,
    ADD COLUMN intake_date                    DATE          AFTER status_since,
    ADD COLUMN concerns_note                  VARCHAR(2000) AFTER intake_date,
    ADD COLUMN consent_notes                  VARCHAR(2000) AFTER concerns_note,
    ADD COLUMN anonymized_at                  DATETIME      AFTER consent_notes,
    ADD COLUMN updated_at                     DATETIME      AFTER created_at,
    ADD COLUMN updated_by                     VARCHAR(120)  AFTER updated_at,
    ADD CONSTRAINT ck_client_status CHECK (status IN ('WAITLIST', 'ACTIVE', 'DISCHARGED'));

UPDATE client SET status_since = DATE(created_at), intake_date = DATE(created_at), updated_at = created_at;

CREATE INDEX ix_client_status_name ON client (status, legal_name);
CREATE INDEX ix_client_phone ON client (phone_digits);
CREATE INDEX ix_client_birth ON client (date_of_birth);

-- What brought the client: the causes of broken trust a counselor can pick (free text is concerns_note).
CREATE TABLE client_concern (
    client_id BIGINT      NOT NULL,
    concern   VARCHAR(30) NOT NULL,
    PRIMARY KEY (client_id, concern),
    CONSTRAINT fk_concern_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_concern CHECK (concern IN ('INFIDELITY', 'DISHONESTY', 'BROKEN_PROMISES', 'EMOTIONAL_WITHDRAWAL',
        'LACK_OF_SUPPORT', 'COMMUNICATION_BREAKDOWN', 'JEALOUSY', 'PAST_BETRAYAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Working diagnoses: ICD-10 code and label, in the order the counselor lists them.
CREATE TABLE client_diagnosis (
    client_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    code      VARCHAR(8)   NOT NULL,
    label     VARCHAR(200) NOT NULL,
    PRIMARY KEY (client_id, position),
    CONSTRAINT fk_diagnosis_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of status (waitlist, active, discharged) with the date it took effect.
CREATE TABLE client_status_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    client_id    BIGINT       NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    effective_on DATE         NOT NULL,
    reason       VARCHAR(300),
    recorded_at  DATETIME     NOT NULL,
    recorded_by  VARCHAR(120) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_status_change_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX ix_status_change_client (client_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO client_status_change (client_id, status, effective_on, recorded_at, recorded_by)
    SELECT id, status, status_since, created_at, '(migration)' FROM client;

-- A couple in counseling: two clients, the counselor who sees them together, and the confidentiality
-- policy they agreed to. A client is in at most one ACTIVE couple (the service locks both partners'
-- rows while it checks, so two requests cannot both link the same person).
CREATE TABLE couple (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    partner_one_id         BIGINT       NOT NULL,
    partner_two_id         BIGINT       NOT NULL,
    counselor_id           BIGINT       NOT NULL,
    relationship_type      VARCHAR(20)  NOT NULL,
    together_since         DATE,
    confidentiality        VARCHAR(30)  NOT NULL,
    status                 VARCHAR(20)  NOT NULL DEFAULT 'ACTIVE',
    started_on             DATE         NOT NULL,
    ended_on               DATE,
    goals                  VARCHAR(2000),
    created_at             DATETIME     NOT NULL,
    updated_at             DATETIME,
    updated_by             VARCHAR(120),
    version                BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_couple_one FOREIGN KEY (partner_one_id) REFERENCES client (id),
    CONSTRAINT fk_couple_two FOREIGN KEY (partner_two_id) REFERENCES client (id),
    CONSTRAINT fk_couple_counselor FOREIGN KEY (counselor_id) REFERENCES account (id),
    CONSTRAINT ck_couple_two_people CHECK (partner_one_id <> partner_two_id),
    CONSTRAINT ck_couple_type CHECK (relationship_type IN ('MARRIED', 'CIVIL_PARTNERSHIP', 'ENGAGED',
        'LIVING_TOGETHER', 'DATING', 'SEPARATED', 'OTHER')),
    CONSTRAINT ck_couple_confidentiality CHECK (confidentiality IN ('NO_SECRETS', 'INDIVIDUAL_CONFIDENTIAL')),
    CONSTRAINT ck_couple_status CHECK (status IN ('ACTIVE', 'ENDED')),
    INDEX ix_couple_one (partner_one_id, status),
    INDEX ix_couple_two (partner_two_id, status),
    INDEX ix_couple_counselor (counselor_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
