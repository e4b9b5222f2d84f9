#!/usr/bin/env bash
# A MariaDB of its own on this machine, set up for durability as deploy/README.md asks of a real one
# (every commit flushed to disk, binary log on and synced), for the local cluster and the fault tests to
# kill and restart without touching the machine's own MariaDB.
#
#   deploy/local-database.sh up       create (first time) and start it
#   deploy/local-database.sh kill     kill -9 the server, as a crash or a power cut would
#   deploy/local-database.sh start    start it again on the same data (InnoDB recovers what was committed)
#   deploy/local-database.sh status   whether it answers
#   deploy/local-database.sh down     stop it cleanly (the data stays in its directory)
#
# Settings: RAPPORT_LOCAL_DB_DIR (default ~/.rapport/local-db), RAPPORT_LOCAL_DB_PORT (default 3307).
# It listens on 127.0.0.1 only; user root with no password (a throw-away database for trying and testing).
# Point Rapport at it with RAPPORT_DB_URL=jdbc:mysql://127.0.0.1:3307/<database>.

set -euo pipefail

dir=${RAPPORT_LOCAL_DB_DIR:-$HOME/.rapport/local-db}
port=${RAPPORT_LOCAL_DB_PORT:-3307}

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
        --server-id=1 --gtid-strict-mode=1 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
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

case ${1:-} in
    up)
        mkdir -p "$dir"
        if [[ ! -d $dir/data/mysql ]]; then
            mariadb-install-db --no-defaults --datadir="$dir/data" --user="$(id -un)" \
                --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1 \
                || { cat "$dir/install.log" >&2; exit 1; }
        fi
        start
        ;;
    start) start ;;
    kill)
        kill -9 "$(cat "$dir/server.pid")"
        say "killed (kill -9)"
        ;;
    down)
        if [[ -f $dir/server.pid ]] && kill "$(cat "$dir/server.pid")" 2>/dev/null; then
            for _ in $(seq 1 60); do answers || break; sleep 0.5; done
        fi
        rm -f "$dir/server.pid"
        say "down"
        ;;
    status) answers && echo "answers on 127.0.0.1:$port" || echo "not running" ;;
    *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
