#!/usr/bin/env bash
# rapport-replica.sh: a MariaDB replica of Rapport's database (GTID replication), and its promotion.
#
# What a replica is for (deploy/README.md, "Replica"): a second, continuously updated copy of the database
# on another machine, for backups taken off the primary, read-only reporting, and failing over BY HAND
# when the primary's machine is lost. It is not a backup by itself: a mistake on the primary (a dropped
# table) reaches the replica within a second. Rapport never writes to it until it is promoted.
#
#   rapport-replica.sh setup     copy the database from the primary to the (empty) replica with a consistent
#                                dump that records its GTID position, and start replicating from there
#   rapport-replica.sh status    whether the replica is replicating, how far behind, and its GTID position
#   rapport-replica.sh promote   make the replica a primary: stop taking changes from the old primary once
#                                everything it received is applied, forget the old primary, allow writes
#
# Settings (environment variables; the values shown are defaults or examples):
#   RAPPORT_PRIMARY_DEFAULTS     required: option file of an administrator account on the primary
#   RAPPORT_REPLICA_DEFAULTS     required: option file of an administrator account on the replica
#   RAPPORT_PRIMARY_ADDRESS      required for setup: host:port of the primary as the REPLICA reaches it
#   RAPPORT_REPLICATION_PASSWORD required for setup: password of the replication account (openssl rand -hex 32)
#   RAPPORT_REPLICATION_USER     rapport_repl   (created on the primary with REPLICATION SLAVE only)
#   RAPPORT_REPLICATION_HOST     %              (where the replica connects from; narrow it: 10.0.0.21)
#   RAPPORT_REPLICA_DATABASE     rapport        (the only database replicated)
#   RAPPORT_REPLICATION_SSL      0              (1: the replica connects with TLS; MASTER_SSL_CA etc. are yours)
#
# Both servers need (deploy/README.md shows a configuration): distinct server_id, log_bin, binlog_format=ROW,
# gtid_strict_mode=1, log_slave_updates=1 (the replica's own binary log, for backups and after promotion),
# innodb_flush_log_at_trx_commit=1, sync_binlog=1; the replica also read_only=1 and
# replicate_wild_do_table=<database>.% (this script sets the filter for the running server; put it in the
# configuration too, or a restart replicates everything).

set -euo pipefail

primary_defaults=${RAPPORT_PRIMARY_DEFAULTS:-}
replica_defaults=${RAPPORT_REPLICA_DEFAULTS:-}
database=${RAPPORT_REPLICA_DATABASE:-rapport}
repl_user=${RAPPORT_REPLICATION_USER:-rapport_repl}
repl_host=${RAPPORT_REPLICATION_HOST:-%}

fail() {
    echo "rapport-replica: $*" >&2
    exit 1
}
say() { echo "rapport-replica: $*" >&2; }

[[ -r $replica_defaults ]] || fail "set RAPPORT_REPLICA_DEFAULTS to a readable option file (see the top of $0)"
[[ $database =~ ^[A-Za-z0-9_]+$ ]] || fail "RAPPORT_REPLICA_DATABASE must be a plain database name"
[[ $repl_user =~ ^[A-Za-z0-9_]+$ ]] || fail "RAPPORT_REPLICATION_USER must be a plain account name"

client=mariadb
command -v mariadb >/dev/null || client=mysql
dump=mariadb-dump
command -v mariadb-dump >/dev/null || dump=mysqldump

primary() { "$client" --defaults-extra-file="$primary_defaults" --batch --skip-column-names "$@"; }
replica() { "$client" --defaults-extra-file="$replica_defaults" --batch --skip-column-names "$@"; }
quote() { local v=${1//\\/\\\\}; printf "'%s'" "${v//\'/\'\'}"; }

# One field of SHOW SLAVE STATUS on the replica ("" when it is not a replica).
slave_field() {
    "$client" --defaults-extra-file="$replica_defaults" -e 'SHOW SLAVE STATUS\G' | sed -n "s/^ *$1: //p"
}

wait_running() {
    for _ in $(seq 1 60); do
        if [[ $(slave_field Slave_IO_Running) == Yes && $(slave_field Slave_SQL_Running) == Yes ]]; then
            return 0
        fi
        if [[ -n $(slave_field Last_SQL_Error) || -n $(slave_field Last_IO_Error) ]]; then
            fail "replication stopped: $(slave_field Last_IO_Error) $(slave_field Last_SQL_Error)"
        fi
        sleep 0.5
    done
    fail "replication did not start: IO $(slave_field Slave_IO_Running), SQL $(slave_field Slave_SQL_Running)"
}

setup() {
    [[ -r $primary_defaults ]] || fail "set RAPPORT_PRIMARY_DEFAULTS to a readable option file"
    local address=${RAPPORT_PRIMARY_ADDRESS:-} password=${RAPPORT_REPLICATION_PASSWORD:-}
    [[ $address =~ ^[^:]+:[0-9]+$ ]] || fail "set RAPPORT_PRIMARY_ADDRESS to host:port of the primary as the replica sees it"
    [[ -n $password ]] || fail "set RAPPORT_REPLICATION_PASSWORD"

    # What both servers must be, checked before anything is changed.
    local p_id r_id
    read -r p_id p_bin p_format p_strict < <(primary -e 'SELECT @@server_id, @@log_bin, @@binlog_format, @@gtid_strict_mode')
    read -r r_id r_bin r_slave_updates r_ro < <(replica -e 'SELECT @@server_id, @@log_bin, @@log_slave_updates, @@read_only')
    [[ $p_bin == 1 && $p_format == ROW ]] || fail "the primary needs log_bin and binlog_format=ROW (has log_bin=$p_bin, $p_format)"
    [[ $p_strict == 1 ]] || say "warning: the primary runs without gtid_strict_mode"
    [[ $p_id != "$r_id" ]] || fail "primary and replica have the same server_id ($p_id)"
    [[ $r_bin == 1 && $r_slave_updates == 1 ]] || say "warning: the replica keeps no binary log of its own (log_bin, log_slave_updates): backups from it cannot be replayed to a point in time"
    [[ $r_ro == 1 ]] || say "warning: the replica is not read_only; only administrators should write to it"
    if [[ -n $(slave_field Master_Host) ]]; then
        fail "the replica already replicates from $(slave_field Master_Host):$(slave_field Master_Port); 'promote' or RESET SLAVE ALL first"
    fi
    if [[ -n $(replica -e "SELECT 1 FROM information_schema.schemata WHERE schema_name = '$database'") ]]; then
        fail "the replica already has a database '$database': drop it first (this copies it from the primary)"
    fi

    say "replication account $repl_user@$repl_host on the primary"
    primary -e "CREATE USER IF NOT EXISTS $(quote "$repl_user")@$(quote "$repl_host") IDENTIFIED BY $(quote "$password");
        ALTER USER $(quote "$repl_user")@$(quote "$repl_host") IDENTIFIED BY $(quote "$password");
        GRANT REPLICATION SLAVE ON *.* TO $(quote "$repl_user")@$(quote "$repl_host")"

    say "copying '$database' (consistent snapshot with its GTID position; Rapport may keep running)"
    replica -e "STOP SLAVE; SET GLOBAL replicate_wild_do_table = '$database.%'"
    # --master-data=1 --gtid: the dump ends its header with SET GLOBAL gtid_slave_pos = the snapshot's GTID.
    # Loaded with sql_log_bin=0 so the copy does not enter the replica's own binary log as new transactions.
    {
        echo 'SET SESSION sql_log_bin = 0;'
        "$dump" --defaults-extra-file="$primary_defaults" --single-transaction --master-data=1 --gtid \
            --routines --triggers --hex-blob --default-character-set=utf8mb4 --databases "$database"
    } | replica
    local host=${address%:*} port=${address##*:}
    local ssl=""
    [[ ${RAPPORT_REPLICATION_SSL:-0} == 1 ]] && ssl=", MASTER_SSL = 1"
    replica -e "CHANGE MASTER TO MASTER_HOST = $(quote "$host"), MASTER_PORT = $port,
        MASTER_USER = $(quote "$repl_user"), MASTER_PASSWORD = $(quote "$password"),
        MASTER_USE_GTID = slave_pos, MASTER_CONNECT_RETRY = 5$ssl; START SLAVE"
    wait_running
    say "replicating '$database' from $address from GTID $(replica -e 'SELECT @@gtid_slave_pos')"
}

status() {
    if [[ -z $(slave_field Master_Host) ]]; then
        echo "not a replica (read_only=$(replica -e 'SELECT @@read_only'), GTID $(replica -e 'SELECT @@gtid_current_pos'))"
        return 0
    fi
    echo "replicating from $(slave_field Master_Host):$(slave_field Master_Port):" \
        "IO $(slave_field Slave_IO_Running), SQL $(slave_field Slave_SQL_Running)," \
        "$(slave_field Seconds_Behind_Master) s behind, GTID $(replica -e "SELECT @@gtid_slave_pos")"
    local errors
    errors="$(slave_field Last_IO_Error) $(slave_field Last_SQL_Error)"
    [[ -z ${errors// /} ]] || { echo "error: $errors"; return 1; }
}

promote() {
    [[ -n $(slave_field Master_Host) ]] || fail "this server is not a replica"
    say "stop receiving from $(slave_field Master_Host), then apply what was received"
    replica -e 'STOP SLAVE IO_THREAD'
    for _ in $(seq 1 600); do
        [[ $(slave_field Slave_SQL_Running_State) == *"read all relay log"* || $(slave_field Slave_SQL_Running) != Yes ]] && break
        sleep 0.5
    done
    [[ $(slave_field Slave_SQL_Running) == Yes ]] || fail "the replica's SQL thread stopped: $(slave_field Last_SQL_Error)"
    local position
    position=$(replica -e "SELECT @@gtid_slave_pos")
    replica -e "STOP SLAVE; RESET SLAVE ALL; SET GLOBAL read_only = 0; SET GLOBAL replicate_wild_do_table = ''"
    say "promoted: writable, at GTID $position. Point RAPPORT_DB_URL here; never let the old primary take writes again"
    say "(rebuild it as a replica of this server). Remove read_only and replicate_wild_do_table from this server's configuration."
}

case ${1:-} in
    setup) setup ;;
    status) status ;;
    promote) promote ;;
    *) sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
