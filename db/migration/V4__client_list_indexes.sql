-- The client list sorts by name and e-mail across the whole practice (administrators) as well as
-- within a caseload (covered by ix_client_counselor).
CREATE INDEX ix_client_legal_name ON client (legal_name);
CREATE INDEX ix_client_email ON client (email);
