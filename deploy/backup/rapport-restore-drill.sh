#!/usr/bin/env bash
# rapport-restore-drill.sh: restores Rapport's backups (rapport-backup.sh: a dump and the binary logs after
# it) into a scratch MariaDB of its own, to a point in time, and checks what came back. Nothing it does
# touches the database the backups came from; the scratch server listens on 127.0.0.1 only and is removed
# at the end (unless --keep).
#
#   rapport-restore-drill.sh [--until 'YYYY-MM-DD HH:MM:SS'] [--expect-counts FILE] [--expect-note ID=DIGEST]
#                            [--compare OPTION-FILE] [--keep]
#   rapport-restore-drill.sh note-digest OPTION-FILE NOTE-ID    (prints a signed note's digest, see below)
#
#   --until          restore every transaction committed before this UTC time (default: all that was copied);
#                    the newest dump taken before it is the starting point, its binary logs are replayed up to it
#   --expect-counts  a file of "table rows" lines: the restored database must have exactly these counts
#   --expect-note    the signed session note ID must come back with exactly this digest
#   --compare        an option file for the live database (read-only use): every note signed there before
#                    --until must come back, each with the digest it has there (signed notes never change),
#                    and the row counts of both are printed side by side
#   --keep           leave the scratch server running and print how to reach it
#
# A signed note's digest is SHA-256 over all its columns as stored (ciphertext included, so no key is
# needed): it shows the note came back byte for byte, including its content_hash, the hash of the text
# Rapport checks each time it shows the note. After a key rotation the ciphertext of old notes changes;
# compare with a backup taken after the rotation finished.
#
# Settings: RAPPORT_BACKUP_DIR (/var/backups/rapport), RAPPORT_BACKUP_TOOL (age | gpg), RAPPORT_BACKUP_IDENTITY
# (age: the private key file; gpg: the keyring must hold the key), RAPPORT_BACKUP_DATABASE (rapport),
# RAPPORT_DRILL_PORT (3399), RAPPORT_DRILL_DIR (a new directory under /tmp). Needs mariadbd,
# mariadb-install-db, mariadb and mariadb-binlog (package mariadb-server) and age or gpg. Exit 0: every
# check passed; 1: a check failed or the restore did not work (the output says which).

set -euo pipefail
export LC_ALL=C

backup_dir=${RAPPORT_BACKUP_DIR:-/var/backups/rapport}
tool=${RAPPORT_BACKUP_TOOL:-age}
identity=${RAPPORT_BACKUP_IDENTITY:-}
database=${RAPPORT_BACKUP_DATABASE:-rapport}
port=${RAPPORT_DRILL_PORT:-3399}

fail() {
    echo "restore-drill: FAILED: $*" >&2
    exit 1
}
say() { echo "restore-drill: $*"; }

[[ $database =~ ^[A-Za-z0-9_]+$ ]] || fail "RAPPORT_BACKUP_DATABASE must be a plain database name"

# SHA-256 over every column of the signed note, in column order, NULL written as \N.
digest_sql() {
    local defaults=$1 where=$2 columns
    columns=$(mariadb --defaults-extra-file="$defaults" --batch --skip-column-names -e "
        SELECT GROUP_CONCAT(CONCAT('COALESCE(CAST(\`', column_name, '\` AS CHAR), ''\\\\N'')') ORDER BY ordinal_position SEPARATOR ', ')
          FROM information_schema.columns WHERE table_schema = '$database' AND table_name = 'session_note'")
    [[ -n $columns && $columns != NULL ]] || fail "no table $database.session_note"
    echo "SELECT id, SHA2(CONCAT_WS(0x1f, $columns), 256) FROM \`$database\`.session_note WHERE signed_at IS NOT NULL $where ORDER BY id"
}

if [[ ${1:-} == note-digest ]]; then
    [[ $# == 3 && $3 =~ ^[0-9]+$ ]] || fail "usage: $0 note-digest OPTION-FILE NOTE-ID"
    mariadb --defaults-extra-file="$2" --batch --skip-column-names -e "$(digest_sql "$2" "AND id = $3")" | awk '{ print $2 }'
    exit 0
fi

until="" expect_counts="" expect_note="" compare="" keep=0
while (($#)); do
    case $1 in
        --until) until=$2; shift 2 ;;
        --expect-counts) expect_counts=$2; shift 2 ;;
        --expect-note) expect_note=$2; shift 2 ;;
        --compare) compare=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        *) sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done
[[ -z $until || $until =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}\ [0-9]{2}:[0-9]{2}:[0-9]{2}$ ]] \
    || fail "--until takes 'YYYY-MM-DD HH:MM:SS' (UTC), not '$until'"
[[ -z $expect_note || $expect_note =~ ^[0-9]+=[0-9a-f]{64}$ ]] || fail "--expect-note takes ID=DIGEST"
[[ -z $expect_counts || -r $expect_counts ]] || fail "cannot read $expect_counts"
[[ -z $compare || -r $compare ]] || fail "cannot read $compare"

case $tool in
    age)
        command -v age >/dev/null || fail "age not found (apt-get install age)"
        [[ -r $identity ]] || fail "set RAPPORT_BACKUP_IDENTITY to the age key file that opens the backups"
        decrypt=(age --decrypt --identity "$identity")
        ;;
    gpg) decrypt=(gpg --batch --quiet --decrypt) ;;
    *) fail "RAPPORT_BACKUP_TOOL must be age or gpg" ;;
esac
for command in mariadbd mariadb-install-db mariadb mariadb-binlog; do
    command -v "$command" >/dev/null || fail "$command not found (apt-get install mariadb-server)"
done

# The newest dump taken before --until (its name carries its UTC time).
limit=${until//[-: ]/}   # YYYYMMDDHHMMSS
dump=""
for candidate in "$backup_dir"/rapport-*.sql.gz."$tool"; do
    [[ -e $candidate ]] || continue
    stamp=$(basename "$candidate" | sed -E 's/^rapport-([0-9]{8})T([0-9]{6})Z.*/\1\2/')
    [[ -z $limit || ! $stamp > $limit ]] && dump=$candidate
done
[[ -n $dump ]] || fail "no dump in $backup_dir${until:+ taken before $until}"
position_file=${dump%.sql.gz.$tool}.position
[[ -r $position_file ]] || fail "$position_file is missing: the dump's binary log position is needed to replay after it"
read -r first_binlog first_position <"$position_file"
say "starting from $(basename "$dump") (binary log $first_binlog at $first_position)"

work=${RAPPORT_DRILL_DIR:-$(mktemp -d /tmp/rapport-drill.XXXXXX)}
if [[ -d $work && -n $(ls -A "$work") ]]; then
    fail "$work is not empty (a kept drill?): remove it first"
fi
mkdir -p "$work" && chmod 0700 "$work"
server_pid=""
kept=0   # --keep applies once the restore worked; a failed restore leaves nothing behind
cleanup() {
    if ((kept == 0)); then
        [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
        rm -rf -- "$work"
    fi
}
trap cleanup EXIT
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "something already answers on 127.0.0.1:$port (set RAPPORT_DRILL_PORT)"
fi
started=$(date +%s)
mariadb-install-db --no-defaults --datadir="$work/data" --user="$(id -un)" \
    --auth-root-authentication-method=normal --skip-test-db >"$work/install.log" 2>&1 \
    || { cat "$work/install.log" >&2; fail "could not create the scratch server"; }
mariadbd --no-defaults --datadir="$work/data" --port="$port" --bind-address=127.0.0.1 \
    --socket="$work/mariadb.sock" --user="$(id -un)" --log-error="$work/mariadb.err" --skip-name-resolve \
    --skip-log-bin --innodb-flush-log-at-trx-commit=2 --max-allowed-packet=1G \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci </dev/null >/dev/null 2>&1 &
server_pid=$!
printf '[client]\nhost=127.0.0.1\nport=%s\nuser=root\npassword=\n' "$port" >"$work/admin.cnf"
scratch() { mariadb --defaults-extra-file="$work/admin.cnf" --batch --skip-column-names "$@"; }
for _ in $(seq 1 60); do scratch -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.5; done
scratch -e 'SELECT 1' >/dev/null || fail "the scratch server did not start: $(tail -5 "$work/mariadb.err")"

scratch -e "CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
"${decrypt[@]}" "$dump" | gunzip | scratch "$database" || fail "loading the dump failed"
say "dump loaded"

# The binary logs from the dump's on, decrypted into the scratch directory, replayed up to --until.
binlogs=()
for archived in "$backup_dir"/binlog/*."$tool"; do
    [[ -e $archived ]] || continue
    name=$(basename "$archived" ".$tool")
    [[ $name < $first_binlog ]] && continue
    "${decrypt[@]}" "$archived" >"$work/$name"
    binlogs+=("$work/$name")
done
if ((${#binlogs[@]} == 0)); then
    say "no binary logs after the dump: restored to the dump's time only"
else
    [[ $(basename "${binlogs[0]}") == "$first_binlog" ]] \
        || fail "binary log $first_binlog, where the dump ends, is missing from $backup_dir/binlog"
    # mariadb-binlog reads --stop-datetime in the local time zone: UTC here, like the --until argument.
    TZ=UTC mariadb-binlog --database="$database" --start-position="$first_position" \
        ${until:+--stop-datetime="$until"} "${binlogs[@]}" >"$work/replay.sql" \
        || fail "reading the binary logs failed"
    scratch <"$work/replay.sql" || fail "replaying the binary logs failed"
    rm -f -- "${binlogs[@]}" "$work/replay.sql"
    say "replayed ${#binlogs[@]} binary log(s)${until:+ up to $until UTC}"
fi
say "restored in $(($(date +%s) - started)) s"
kept=$keep

# Checks.
failures=0
check_failed() { echo "restore-drill: CHECK FAILED: $*" >&2; failures=$((failures + 1)); }

migrations=$(scratch -e "SELECT COUNT(*), COALESCE(SUM(success = 0), 0), MAX(version + 0) FROM \`$database\`.flyway_schema_history")
read -r migration_count migration_failed migration_version <<<"$migrations"
say "schema: $migration_count migrations, newest V$migration_version"
((migration_failed == 0)) || check_failed "$migration_failed failed migration(s) in flyway_schema_history"

counts() {
    local defaults=$1 table
    for table in $(mariadb --defaults-extra-file="$defaults" --batch --skip-column-names -e "
            SELECT table_name FROM information_schema.tables WHERE table_schema = '$database'
               AND table_type = 'BASE TABLE' ORDER BY table_name"); do
        echo "$table $(mariadb --defaults-extra-file="$defaults" --batch --skip-column-names \
            -e "SELECT COUNT(*) FROM \`$database\`.\`$table\`")"
    done
}
counts "$work/admin.cnf" >"$work/counts"
say "rows: $(awk '{ n += $2 } END { print n }' "$work/counts") in $(wc -l <"$work/counts") tables"
if [[ -n $expect_counts ]]; then
    if diff <(sort "$expect_counts") <(sort "$work/counts") >"$work/counts.diff"; then
        say "row counts: every table as expected"
    else
        check_failed "row counts differ from $expect_counts (< expected, > restored):"
        grep '^[<>]' "$work/counts.diff" >&2
    fi
fi

scratch -e "$(digest_sql "$work/admin.cnf" "")" >"$work/notes"
say "signed notes: $(wc -l <"$work/notes")"
if [[ -n $expect_note ]]; then
    id=${expect_note%%=*} want=${expect_note#*=}
    got=$(awk -v id="$id" '$1 == id { print $2 }' "$work/notes")
    if [[ $got == "$want" ]]; then
        say "signed note $id: digest $got as expected"
    else
        check_failed "signed note $id: digest '${got:-(missing)}', expected $want"
    fi
fi
if [[ -n $compare ]]; then
    where=""
    [[ -n $until ]] && where="AND signed_at < '$until'"
    mariadb --defaults-extra-file="$compare" --batch --skip-column-names -e "$(digest_sql "$compare" "$where")" >"$work/live-notes"
    missing=$(join -v1 <(sort "$work/live-notes") <(sort "$work/notes") | wc -l)
    differing=$(join <(sort -k1,1 "$work/live-notes") <(sort -k1,1 "$work/notes") | awk '$2 != $3' | wc -l)
    say "signed notes compared with the live database: $(wc -l <"$work/live-notes") there, $missing missing, $differing different"
    ((missing == 0)) || check_failed "$missing note(s) signed before ${until:-now} on the live database are not in the restore"
    ((differing == 0)) || check_failed "$differing signed note(s) came back different from the live database"
    counts "$compare" >"$work/live-counts"
    say "row counts, live (now) and restored:"
    join <(sort "$work/live-counts") <(sort "$work/counts") | awk '{ printf "  %-40s %10s %10s%s\n", $1, $2, $3, ($2 != $3 ? "  *" : "") }'
fi

if ((kept)); then
    say "scratch server kept: mariadb --defaults-extra-file=$work/admin.cnf $database (stop: kill $server_pid; then rm -rf $work)"
fi
if ((failures)); then
    fail "$failures check(s) failed"
fi
say "PASSED"
