#!/usr/bin/env bash
# rapport-backup.sh: an encrypted, dated backup of Rapport's database, with retention.
#
# What it does, in order (any failure stops it with a non-zero exit and leaves no partial file):
#   1. mysqldump of the database as one consistent snapshot (--single-transaction, InnoDB), with
#      triggers and routines; credentials come from an option file, never from the command line;
#   2. gzip, then encryption to a PUBLIC key with age (default) or gpg: this machine never needs the
#      private key, so keep that key somewhere else (offline, and in more than one place);
#   3. writes BACKUP_DIR/rapport-YYYYMMDDTHHMMSSZ.sql.gz.age (or .gpg), mode 0600;
#   4. only after that succeeded: deletes this script's backups older than RETENTION_DAYS days.
#
# Settings (environment variables; the values shown are the defaults or examples):
#   RAPPORT_BACKUP_RECIPIENT       required. age: a public key "age1..." (example) or the path of an age
#                                  recipients file; gpg: the key's fingerprint (example: 0xABCD...)
#   RAPPORT_BACKUP_TOOL            age | gpg                       (default age)
#   RAPPORT_BACKUP_DIR             /var/backups/rapport
#   RAPPORT_BACKUP_RETENTION_DAYS  30
#   RAPPORT_BACKUP_DEFAULTS        /etc/rapport/backup.cnf         (option file with the credentials)
#   RAPPORT_BACKUP_DATABASE        rapport
#   RAPPORT_BACKUP_DUMP            mariadb-dump if installed, else mysqldump. Use the dump tool of the
#                                  server's family (MySQL 8's mysqldump can fail on MariaDB servers).
#
# /etc/rapport/backup.cnf, owned by the user that runs this script, mode 0600 (example values):
#   [client]
#   host=db.example.org
#   user=rapport_backup
#   password=example-password
#   # TLS to a remote server; MariaDB client: ssl-ca + ssl-verify-server-cert,
#   # MySQL client: ssl-mode=VERIFY_IDENTITY + ssl-ca
#   ssl-ca=/etc/rapport/db-ca.pem
#   ssl-verify-server-cert
# On the database host itself, host=localhost uses the local socket and needs no TLS.
#
# Daily at 02:15 from root's crontab (example recipient):
#   15 2 * * * RAPPORT_BACKUP_RECIPIENT=age1example... /opt/rapport/rapport-backup.sh
#
# Restore (see deploy/README.md, "Backups and restore"), on a machine that has the private key, into a
# new, empty database, with Rapport stopped:
#   mysql --defaults-extra-file=/etc/rapport/admin.cnf \
#     -e 'CREATE DATABASE rapport CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci'
#   age --decrypt --identity /path/to/backup-key.txt rapport-20250101T021500Z.sql.gz.age \
#     | gunzip | mysql --defaults-extra-file=/etc/rapport/admin.cnf rapport
#   gpg --decrypt rapport-20250101T021500Z.sql.gz.gpg \
#     | gunzip | mysql --defaults-extra-file=/etc/rapport/admin.cnf rapport
# Then start a Rapport of the version that made the backup, or newer. Test a restore regularly.

set -euo pipefail

recipient=${RAPPORT_BACKUP_RECIPIENT:-}
tool=${RAPPORT_BACKUP_TOOL:-age}
backup_dir=${RAPPORT_BACKUP_DIR:-/var/backups/rapport}
retention_days=${RAPPORT_BACKUP_RETENTION_DAYS:-30}
defaults_file=${RAPPORT_BACKUP_DEFAULTS:-/etc/rapport/backup.cnf}
database=${RAPPORT_BACKUP_DATABASE:-rapport}
dump=${RAPPORT_BACKUP_DUMP:-}

fail() {
    echo "rapport-backup: $*" >&2
    exit 1
}

[[ -n $recipient ]] || fail "set RAPPORT_BACKUP_RECIPIENT (see the comment at the top of $0)"
[[ $retention_days =~ ^[0-9]+$ ]] || fail "RAPPORT_BACKUP_RETENTION_DAYS must be a whole number of days"
[[ -r $defaults_file ]] || fail "cannot read the option file $defaults_file"
if [[ -z $dump ]]; then
    if command -v mariadb-dump >/dev/null; then dump=mariadb-dump; else dump=mysqldump; fi
fi
command -v "$dump" >/dev/null || fail "$dump not found"

case $tool in
    age)
        command -v age >/dev/null || fail "age not found (apt-get install age)"
        if [[ -f $recipient ]]; then
            encrypt=(age --encrypt --recipients-file "$recipient")
        else
            encrypt=(age --encrypt --recipient "$recipient")
        fi
        ;;
    gpg)
        command -v gpg >/dev/null || fail "gpg not found"
        # --trust-model always: the public key was checked when it was imported; without it gpg
        # refuses a key nobody signed. Only the public key needs to be in this user's keyring.
        encrypt=(gpg --batch --quiet --no-tty --trust-model always --encrypt --recipient "$recipient" --output -)
        ;;
    *)
        fail "RAPPORT_BACKUP_TOOL must be age or gpg, not '$tool'"
        ;;
esac

umask 077
mkdir -p -- "$backup_dir"

# One backup at a time.
exec 9>"$backup_dir/.rapport-backup.lock"
flock --nonblock 9 || fail "another backup is running (lock $backup_dir/.rapport-backup.lock)"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$backup_dir/rapport-$stamp.sql.gz.$tool"
partial="$target.partial"
trap 'rm -f -- "$partial"' EXIT

# --defaults-extra-file must be the first option. --no-tablespaces: MySQL 8 would otherwise need the
# global PROCESS privilege. No --databases: the dump restores into whichever database is named.
"$dump" --defaults-extra-file="$defaults_file" \
    --single-transaction --quick \
    --routines --triggers --hex-blob --no-tablespaces \
    --default-character-set=utf8mb4 \
    "$database" \
    | gzip -c \
    | "${encrypt[@]}" >"$partial"

[[ -s $partial ]] || fail "the backup came out empty"
mv -- "$partial" "$target"
trap - EXIT
echo "rapport-backup: wrote $target ($(stat -c %s "$target") bytes)"

# Retention: only this script's files (and partial ones a killed run left), only after a successful backup.
find "$backup_dir" -maxdepth 1 -type f -name 'rapport-*.sql.gz.*' \
    -mtime +"$retention_days" -print -delete \
    | sed 's/^/rapport-backup: deleted old backup /'
