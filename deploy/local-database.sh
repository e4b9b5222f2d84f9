#!/usr/bin/env bash
# A MariaDB of its own on this machine, set up for durability as deploy/README.md asks of a real one
# (every commit flushed to disk, binary log on and synced, GTID), for the local cluster and the fault tests
# to kill and restart without touching the machine's own MariaDB; and a replica of it.
#
#   deploy/local-database.sh up               create (first time) and start it
#   deploy/local-database.sh kill             kill -9 the server, as a crash or a power cut would
#   deploy/local-database.sh start            start it again on the same data (InnoDB recovers what was committed)
#   deploy/local-database.sh status           whether it answers
#   deploy/local-database.sh down             stop it cleanly (the data stays in its directory)
#   deploy/local-database.sh replica-up       a second server (read-only, port + 1) replicating the database
#                                             RAPPORT_LOCAL_DB_NAME (default rapport) with deploy/mysql/rapport-replica.sh
#   deploy/local-database.sh replica-status   how the replica is doing
#   deploy/local-database.sh replica-promote  make the replica writable (fail-over by hand)
#   deploy/local-database.sh replica-down     stop the replica and remove its data
#
# Settings: RAPPORT_LOCAL_DB_DIR (default ~/.rapport/local-db), RAPPORT_LOCAL_DB_PORT (default 3307; the
# replica takes the next port). They listen on 127.0.0.1 only; user root with no password (throw-away
# databases for trying and testing). Option files for the mariadb client: DIR/admin.cnf, DIR/replica/admin.cnf.
# Point Rapport at the primary with RAPPORT_DB_URL=jdbc:mysql://127.0.0.1:3307/<database>.

set -euo pipefail

dir=${RAPPORT_LOCAL_DB_DIR:-$HOME/.rapport/local-db}
port=${RAPPORT_LOCAL_DB_PORT:-3307}
database=${RAPPORT_LOCAL_DB_NAME:-rapport}
here=$(cd "$(dirname "$0")" && pwd)
server_id=1
extra=()

say() { printf 'local-database: %s\n' "$*" >&2; }

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

start() {
    if answers; then
        say "something already answers on 127.0.0.1:$port"
        return 1
    fi
    # Durability: each commit is on disk before it is acknowledged (InnoDB log and binary log both synced).
    setsid mariadbd --no-defaults --datadir="$dir/data" --port="$port" --bind-address=127.0.0.1 \
        --socket="$dir/mariadb.sock" --pid-file="$dir/mariadb.pid" --user="$(id -un)" \
        --log-error="$dir/mariadb.err" --skip-name-resolve \
        --innodb-flush-log-at-trx-commit=1 --sync-binlog=1 --log-bin="$dir/binlog" --binlog-format=ROW \
        --server-id="$server_id" --gtid-strict-mode=1 --log-slave-updates=1 \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci "${extra[@]}" \
        </dev/null >/dev/null 2>&1 &
    echo $! >"$dir/server.pid"
    for _ in $(seq 1 60); do
        if answers; then
            say "up on 127.0.0.1:$port (data in $dir/data)"
            return 0
        fi
        sleep 0.5
    done
    say "did not start; see $dir/mariadb.err"
    tail -20 "$dir/mariadb.err" >&2
    return 1
}

create() {
    mkdir -p "$dir"
    if [[ ! -d $dir/data/mysql ]]; then
        mariadb-install-db --no-defaults --datadir="$dir/data" --user="$(id -un)" \
            --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1 \
            || { cat "$dir/install.log" >&2; exit 1; }
    fi
    printf '[client]\nhost=127.0.0.1\nport=%s\nuser=root\npassword=\n' "$port" >"$dir/admin.cnf"
}

stop() {
    local pid
    if [[ -f $dir/server.pid ]]; then
        pid=$(cat "$dir/server.pid")
        if kill "$pid" 2>/dev/null; then
            for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        fi
    fi
    rm -f "$dir/server.pid"
}

# The replica: the same script's settings, another directory, port and server id, read-only, replicating
# only the Rapport database.
as_replica() {
    primary_dir=$dir primary_port=$port
    dir=$dir/replica port=$((port + 1)) server_id=2
    extra=(--read-only=1 "--replicate-wild-do-table=$database.%")
}

case ${1:-} in
    up)
        create
        start
        ;;
    replica-up)
        as_replica
        create
        start
        RAPPORT_PRIMARY_DEFAULTS=$primary_dir/admin.cnf RAPPORT_REPLICA_DEFAULTS=$dir/admin.cnf \
            RAPPORT_PRIMARY_ADDRESS=127.0.0.1:$primary_port RAPPORT_REPLICATION_HOST=127.0.0.1 \
            RAPPORT_REPLICATION_PASSWORD=local-replica-not-secret RAPPORT_REPLICA_DATABASE=$database \
            bash "$here/mysql/rapport-replica.sh" setup
        ;;
    replica-status)
        as_replica
        RAPPORT_REPLICA_DEFAULTS=$dir/admin.cnf bash "$here/mysql/rapport-replica.sh" status
        ;;
    replica-promote)
        as_replica
        RAPPORT_REPLICA_DEFAULTS=$dir/admin.cnf bash "$here/mysql/rapport-replica.sh" promote
        ;;
    replica-down)
        as_replica
        stop
        rm -rf "$dir"
        say "replica down, its data removed"
        ;;
    start) start ;;
    kill)
        kill -9 "$(cat "$dir/server.pid")"
        say "killed (kill -9)"
        ;;
    down)
        stop
        say "down"
        ;;
    status) answers && echo "answers on 127.0.0.1:$port" || echo "not running" ;;
    *) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
