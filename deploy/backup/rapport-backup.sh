#!/usr/bin/env bash
# rapport-backup.sh: encrypted, dated backups of Rapport's database (a daily dump plus the binary logs
# between dumps, for a restore to any point in time), with retention.
#
#   rapport-backup.sh            a dump (daily, e.g. from cron)
#   rapport-backup.sh binlogs    copy the server's binary logs since the oldest kept dump (every few minutes)
#
# A dump, in order (any failure stops it with a non-zero exit and leaves no partial file):
#   1. mysqldump of the database as one consistent snapshot (--single-transaction, InnoDB), with
#      triggers and routines, and the binary log position and GTID of that snapshot (--master-data=2,
#      as a comment); credentials come from an option file, never from the command line;
#   2. gzip, then encryption to a PUBLIC key with age (default) or gpg: this machine never needs the
#      private key, so keep that key somewhere else (offline, and in more than one place);
#   3. writes BACKUP_DIR/rapport-YYYYMMDDTHHMMSSZ.sql.gz.age (or .gpg), mode 0600, and next to it
#      rapport-YYYYMMDDTHHMMSSZ.position (binary log file, position and GTID; not secret), which
#      rapport-restore-drill.sh needs to replay the binary logs from the snapshot on;
#   4. only after that succeeded: deletes this script's backups older than RETENTION_DAYS days, and the
#      archived binary logs that no kept dump needs.
#
# Binary logs: BACKUP_DIR/binlog/<name>.age, each encrypted like the dumps (they hold the same data). The
# server's current binary log is copied too and replaced at each run until the server moves on to the
# next one, so a restore can reach the last run of "binlogs": run it every 5 minutes to lose at most 5.
# The server needs log_bin and binlog_format=ROW; keep its own binary logs longer than a day
# (binlog_expire_logs_seconds) so that a missed run can catch up.
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
#                                  Binary logs need MariaDB's mariadb-binlog (or mysqlbinlog of the family).
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
# On the database host itself, host=localhost uses the local socket and needs no TLS. The account needs
# SELECT, SHOW VIEW, TRIGGER, LOCK TABLES on the database and REPLICATION CLIENT, REPLICATION SLAVE
# (binary log position and copies): deploy/mysql/create-database.sql grants them to rapport_backup.
#
# From root's crontab (example recipient): a dump daily at 02:15, binary logs every 5 minutes:
#   15 2 * * * RAPPORT_BACKUP_RECIPIENT=age1example... /opt/rapport/rapport-backup.sh
#   */5 * * * * RAPPORT_BACKUP_RECIPIENT=age1example... /opt/rapport/rapport-backup.sh binlogs
#
# Restore: deploy/README.md, "Backups and restore"; rapport-restore-drill.sh restores into a scratch server
# to any point in time and checks the result. Test a restore regularly.

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

# The first binary log the oldest kept dump needs ("" when there is no dump with a position yet).
oldest_needed_binlog() {
    local first
    first=$(find "$backup_dir" -maxdepth 1 -name 'rapport-*.position' | sort | head -1)
    if [[ -n $first ]]; then
        awk 'NR == 1 { print $1 }' "$first"
    fi
}

# Copies the server's binary logs, from the oldest a kept dump needs, encrypted, into BACKUP_DIR/binlog.
binlogs() {
    local binlog=${RAPPORT_BACKUP_BINLOG:-}
    if [[ -z $binlog ]]; then
        if command -v mariadb-binlog >/dev/null; then binlog=mariadb-binlog; else binlog=mysqlbinlog; fi
    fi
    command -v "$binlog" >/dev/null || fail "$binlog not found"
    local client=mariadb
    command -v mariadb >/dev/null || client=mysql
    local oldest
    oldest=$(oldest_needed_binlog)
    [[ -n $oldest ]] || fail "no dump with a binary log position yet: run $0 first"
    local names
    mapfile -t names < <("$client" --defaults-extra-file="$defaults_file" --batch --skip-column-names \
        -e 'SHOW BINARY LOGS' | awk '{ print $1 }')
    ((${#names[@]} > 0)) || fail "the server lists no binary logs: is log_bin on?"
    [[ ! $oldest < ${names[0]} ]] || fail "the server no longer has binary log $oldest, which the oldest dump needs (it starts at ${names[0]}): take a dump now, and keep binary logs longer on the server"
    mkdir -p -- "$backup_dir/binlog"
    local staging="$backup_dir/binlog/.staging"
    rm -rf -- "$staging" && mkdir -m 0700 -- "$staging"
    trap 'rm -rf -- "$staging"' EXIT
    local last=${names[${#names[@]} - 1]} copied=0 name
    for name in "${names[@]}"; do
        [[ $name < $oldest ]] && continue
        # A binary log the server has moved on from never changes again: copied once. The current one is
        # copied again each time.
        if [[ $name != "$last" && -e $backup_dir/binlog/$name.$tool ]]; then
            continue
        fi
        "$binlog" --defaults-extra-file="$defaults_file" --read-from-remote-server --raw \
            --result-file="$staging/" "$name" || fail "could not copy binary log $name"
        [[ -s $staging/$name ]] || fail "binary log $name came out empty"
        "${encrypt[@]}" <"$staging/$name" >"$staging/$name.$tool"
        rm -f -- "$staging/$name"
        mv -f -- "$staging/$name.$tool" "$backup_dir/binlog/$name.$tool"
        copied=$((copied + 1))
    done
    rm -rf -- "$staging"
    trap - EXIT
    echo "rapport-backup: copied $copied binary log(s) up to $last into $backup_dir/binlog"
}

umask 077
mkdir -p -- "$backup_dir"

# One backup at a time.
# One dump at a time, one copy of the binary logs at a time (the two may overlap).
lock="$backup_dir/.rapport-backup.lock"
[[ ${1:-} == binlogs ]] && lock="$backup_dir/.rapport-binlogs.lock"
exec 9>"$lock"
flock --nonblock 9 || fail "another run is under way (lock $lock)"

if [[ ${1:-} == binlogs ]]; then
    binlogs
    exit 0
elif [[ -n ${1:-} ]]; then
    fail "unknown command '$1' (none: a dump; binlogs: copy the binary logs)"
fi

stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$backup_dir/rapport-$stamp.sql.gz.$tool"
partial="$target.partial"
position="$backup_dir/rapport-$stamp.position"
trap 'rm -f -- "$partial" "$position.partial"' EXIT

# --defaults-extra-file must be the first option. --no-tablespaces: MySQL 8 would otherwise need the
# global PROCESS privilege. No --databases: the dump restores into whichever database is named.
# --master-data=2 writes the snapshot's binary log position as a comment; with --single-transaction
# MariaDB gives it without locking the tables. awk copies that line aside as it passes.
"$dump" --defaults-extra-file="$defaults_file" \
    --single-transaction --quick --master-data=2 --gtid \
    --routines --triggers --hex-blob --no-tablespaces \
    --default-character-set=utf8mb4 \
    "$database" \
    | awk -v out="$position.partial" '!seen && /^-- CHANGE MASTER TO MASTER_LOG_FILE=/ {
            match($0, /MASTER_LOG_FILE=\047[^\047]+\047/); file = substr($0, RSTART + 17, RLENGTH - 18)
            match($0, /MASTER_LOG_POS=[0-9]+/); pos = substr($0, RSTART + 15, RLENGTH - 15)
            print file, pos > out; close(out); seen = 1 }
        !gtid && /^-- SET GLOBAL gtid_slave_pos=/ { gtid = $0 } { print }
        END { if (seen && gtid != "") { sub(/.*=\047/, "", gtid); sub(/\047.*/, "", gtid); print "gtid", gtid >> out } }' \
    | gzip -c \
    | "${encrypt[@]}" >"$partial"

[[ -s $partial ]] || fail "the backup came out empty"
[[ -s $position.partial ]] || fail "the dump carries no binary log position: is log_bin on, and may the account use REPLICATION CLIENT?"
mv -- "$position.partial" "$position"
mv -- "$partial" "$target"
trap - EXIT
echo "rapport-backup: wrote $target ($(stat -c %s "$target") bytes), from binary log $(head -1 "$position")"

# Retention: only this script's files (and partial ones a killed run left), only after a successful backup.
find "$backup_dir" -maxdepth 1 -type f \( -name 'rapport-*.sql.gz.*' -o -name 'rapport-*.position' \) \
    -mtime +"$retention_days" -print -delete \
    | sed 's/^/rapport-backup: deleted old backup /'
# Binary logs older than the oldest kept dump's are no longer needed.
oldest=$(oldest_needed_binlog)
if [[ -n $oldest && -d $backup_dir/binlog ]]; then
    for archived in "$backup_dir"/binlog/*."$tool"; do
        [[ -e $archived ]] || continue
        name=$(basename "$archived" ".$tool")
        if [[ $name < $oldest ]]; then
            rm -f -- "$archived"
            echo "rapport-backup: deleted binary log $name (older than every kept dump)"
        fi
    done
fi
