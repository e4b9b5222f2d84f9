-- Rapport's database and the accounts that use it (MySQL 8.0+ or MariaDB 10.11+).
--
-- Run once, as an administrator, after replacing both example passwords, for example:
--   sudo mariadb < deploy/mysql/create-database.sql          (MariaDB, as root over the local socket)
--   mysql --user=root --password < deploy/mysql/create-database.sql
-- Generate passwords rather than inventing them, e.g. `openssl rand -hex 32` (hex needs no quoting in
-- /etc/rapport/rapport.env or an option file).
--
-- Rapport creates and upgrades its tables itself (Flyway, at every start), so this file creates only the
-- empty database and the accounts. Nothing here grants anything outside the rapport database.

CREATE DATABASE IF NOT EXISTS rapport
    CHARACTER SET utf8mb4
    COLLATE utf8mb4_unicode_ci;

-- The account Rapport connects with (RAPPORT_DB_USER / RAPPORT_DB_PASSWORD).
-- '%' accepts it from any host: if you can, name the Rapport host(s) instead, e.g. 'rapport'@'10.0.0.11'
-- (example address), one CREATE USER and GRANT per host.
-- REQUIRE SSL refuses unencrypted connections. The server then needs TLS: MySQL 8 has it out of the box
-- (self-signed), MariaDB 10.11 needs ssl_cert, ssl_key and ssl_ca set in its configuration.
CREATE USER IF NOT EXISTS 'rapport'@'%'
    IDENTIFIED BY 'example-password-replace-me'   -- placeholder: replace before running
    REQUIRE SSL;

-- Data rights plus the DDL rights the start-up migrations need (TRIGGER: the triggers that keep the
-- audit trail append-only). Limited to the rapport database. On MySQL with binary logging on, creating
-- triggers also needs log_bin_trust_function_creators = 1 (or an administrator runs the migrations).
GRANT SELECT, INSERT, UPDATE, DELETE,
      CREATE, ALTER, DROP, INDEX, REFERENCES, TRIGGER
    ON rapport.* TO 'rapport'@'%';

-- Read-only account for deploy/backup/rapport-backup.sh (mysqldump --single-transaction --triggers).
-- 'localhost' fits a backup run on the database host itself; otherwise name the backup host.
CREATE USER IF NOT EXISTS 'rapport_backup'@'localhost'
    IDENTIFIED BY 'another-example-password-replace-me';   -- placeholder: replace before running

GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES
    ON rapport.* TO 'rapport_backup'@'localhost';
-- The dump's binary log position (--master-data) and copies of the binary logs (rapport-backup.sh binlogs)
-- for restores to a point in time. These are server-wide privileges: the binary logs hold every database
-- on the server, so give Rapport a server of its own. (Installations from before: run this line once.)
GRANT REPLICATION CLIENT, REPLICATION SLAVE ON *.* TO 'rapport_backup'@'localhost';
-- MySQL servers with gtid_mode=ON: if mysqldump reports a missing RELOAD or FLUSH_TABLES privilege,
-- also run  GRANT FLUSH_TABLES ON *.* TO 'rapport_backup'@'localhost';
