#!/usr/bin/env bash
# A Rapport cluster on this one machine, to see one run and to break it (the fault tests use it):
# N Payara Micro instances (default 2) clustered through Payara's data grid with an explicit member list
# on loopback (no multicast), sessions replicated, behind nginx with TLS (a generated self-signed
# certificate), started the way deploy/README.md describes for real machines.
#
#   deploy/local-cluster.sh up [N]     start (builds target/rapport.jar first if it is missing)
#   deploy/local-cluster.sh status     what runs, and each instance's health
#   deploy/local-cluster.sh kill I     kill -9 instance I (1..N), as a crash would
#   deploy/local-cluster.sh start I    start instance I again (after kill)
#   deploy/local-cluster.sh down       stop everything (the database stays)
#
# Then open https://localhost:8443/ (the browser warns about the self-signed certificate) and sign in
# with a demo account (README: the demo practice). Settings, all optional:
#   RAPPORT_CLUSTER_DIR   where keys, logs and state go (default ~/.rapport/local-cluster)
#   RAPPORT_DB_URL        the shared database (default jdbc:mysql://127.0.0.1:3306/rapport_cluster, which
#                         this script creates if it is missing, on a MariaDB at 127.0.0.1 such as
#                         deploy/local-database.sh's: jdbc:mysql://127.0.0.1:3307/rapport);
#                         RAPPORT_DB_USER (default root) and RAPPORT_DB_PASSWORD (default empty)
#   RAPPORT_DEMO          true (default): the demo practice, loaded by the first instance
#   RAPPORT_CLUSTER_TOGETHER     true: start all instances at once (default: the first alone, then the others)
#   RAPPORT_CLUSTER_HTTPS_PORT   nginx's TLS port (default 8443); instances listen on 127.0.0.1:8181, 8182, ...
#                         and the data grid on 127.0.0.1:6901, 6902, ...
# Loopback only: nothing here listens on another interface.

set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
dir=${RAPPORT_CLUSTER_DIR:-$HOME/.rapport/local-cluster}
jar=${RAPPORT_JAR:-$root/target/rapport.jar}
https_port=${RAPPORT_CLUSTER_HTTPS_PORT:-8443}
db_url=${RAPPORT_DB_URL:-jdbc:mysql://127.0.0.1:3306/rapport_cluster}
db_user=${RAPPORT_DB_USER:-root}
db_password=${RAPPORT_DB_PASSWORD:-}
http_base=8180
grid_base=6900
# What "up" was given holds for the commands after it (start, kill, status, down).
if [[ ${1:-} != up && -f $dir/settings ]]; then
    # shellcheck source=/dev/null
    source "$dir/settings"
fi

say() { printf 'local-cluster: %s\n' "$*" >&2; }

instances() { cat "$dir/instances" 2>/dev/null || echo 0; }

members() {
    local n=$1 list="" i
    for ((i = 1; i <= n; i++)); do list+="${list:+,}127.0.0.1:$((grid_base + i))"; done
    echo "$list"
}

ensure_nginx() {
    if ! command -v nginx >/dev/null; then
        say "installing nginx (Debian package nginx-light)"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
    fi
}

ensure_database() {
    if [[ $db_url =~ ^jdbc:mysql://127\.0\.0\.1:([0-9]+)/([A-Za-z0-9_]+) ]] && command -v mysql >/dev/null; then
        mysql -h127.0.0.1 -P"${BASH_REMATCH[1]}" -u"$db_user" ${db_password:+-p"$db_password"} -e \
            "CREATE DATABASE IF NOT EXISTS ${BASH_REMATCH[2]} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    fi
}

ensure_keys() {
    mkdir -p "$dir"
    chmod 700 "$dir"
    [[ -s $dir/note-key ]] || (umask 077 && openssl rand -base64 32 >"$dir/note-key")
    if [[ ! -s $dir/tls.crt ]]; then
        (umask 077 && openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=localhost" \
            -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
            -keyout "$dir/tls.key" -out "$dir/tls.crt" 2>/dev/null)
    fi
}

start_instance() {
    local i=$1 n=$2
    local port=$((http_base + i))
    mkdir -p "$dir/rapport-$i"
    rm -rf "$dir/rapport-$i/root"
    # The same options as deploy/systemd/rapport.service with the cluster drop-in of deploy/README.md.
    RAPPORT_DB_URL="$db_url" RAPPORT_DB_USER="$db_user" RAPPORT_DB_PASSWORD="$db_password" \
    RAPPORT_NOTE_KEY="$(cat "$dir/note-key")" RAPPORT_DEMO="${RAPPORT_DEMO:-true}" \
    RAPPORT_BASE_URL="https://localhost:$https_port" \
    RAPPORT_REPORT_PAGE_COST="${RAPPORT_REPORT_PAGE_COST:-false}" \
        setsid java -Xmx768m -XX:+ExitOnOutOfMemoryError -XX:ActiveProcessorCount=2 -jar "$jar" \
            --port "$port" --rootdir "$dir/rapport-$i/root" \
            --prebootcommandfile "$here/payara/preboot-commands.txt" \
            --logproperties "$here/payara/logging.properties" \
            --name "rapport-$i" --clustername rapport-local \
            --clustermode "tcpip:$(members "$n")" --interfaces 127.0.0.1 --startport $((grid_base + i)) \
            --nohostaware --disablephonehome \
            >"$dir/rapport-$i/server.log" 2>&1 </dev/null &
    echo $! >"$dir/rapport-$i/pid"
}

wait_ready() {
    local i=$1
    local port=$((http_base + i))
    # deploy/systemd/rapport-wait-ready, as rapport.service runs it, reading the instance's log file instead
    # of the journal: Payara's "ready" line first, then /health with the database check.
    if RAPPORT_READY_LOG="$dir/rapport-$i/server.log" RAPPORT_READY_PID="$(cat "$dir/rapport-$i/pid")" \
        RAPPORT_READY_FLAG="$dir/rapport-$i/ready" RAPPORT_READY_TIMEOUT="${RAPPORT_READY_TIMEOUT:-240}" \
        bash "$here/systemd/rapport-wait-ready" "$port" 127.0.0.1 >/dev/null; then
        say "instance $i ready on 127.0.0.1:$port"
        return 0
    fi
    say "instance $i not ready; its log: $dir/rapport-$i/server.log"
    tail -20 "$dir/rapport-$i/server.log" >&2
    return 1
}

write_nginx() {
    local n=$1 i servers=""
    for ((i = 1; i <= n; i++)); do
        servers+="    server 127.0.0.1:$((http_base + i)) max_fails=1 fail_timeout=10s;"$'\n'
    done
    # deploy/nginx/rapport.conf, with this machine's names, ports and certificate, the cluster's upstream
    # (sticky by session cookie, as its comments say), and no ready-flag check (instances are checked here).
    awk -v servers="$servers" '
        /^upstream rapport \{/ { print; print "    hash $cookie_JSESSIONID consistent;"; printf "%s", servers; skip = 1; next }
        skip && /^ *keepalive/ { skip = 0 }
        skip { next }
        /if \(!-f \/run\/rapport\/ready\) \{/ { drop = 1; next }
        drop { if ($0 ~ /^ *\}/) drop = 0; next }
        { print }
    ' "$here/nginx/rapport.conf" | sed \
        -e "s#listen \[::\]:[0-9]*[^;]*;##" \
        -e "s#listen 80;#listen 127.0.0.1:$((https_port - 1));#" \
        -e "s#listen 443 ssl http2;#listen 127.0.0.1:$https_port ssl http2;#" \
        -e "s#server_name rapport.example.org;#server_name localhost;#" \
        -e "s#return 301 https://\$host\$request_uri;#return 301 https://\$host:$https_port\$request_uri;#" \
        -e "s#/etc/letsencrypt/live/rapport.example.org/fullchain.pem#$dir/tls.crt#" \
        -e "s#/etc/letsencrypt/live/rapport.example.org/privkey.pem#$dir/tls.key#" \
        -e "s#proxy_redirect http://\$host:\$server_port/ https://\$host/;#proxy_redirect http://\$host:\$server_port/ https://\$host:\$server_port/;#" \
        -e "s#proxy_redirect http://\$host/ https://\$host/;#proxy_redirect http://\$host/ https://\$host:\$server_port/;#" \
        -e "s#root /var/www/letsencrypt;#root $dir/acme;#" \
        -e "s#root /var/www/rapport;#root $here/nginx;#" \
        >"$dir/rapport.conf"
    cat >"$dir/nginx.conf" <<EOF
# Generated by deploy/local-cluster.sh: nginx for the local cluster, run as "nginx -c $dir/nginx.conf".
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    access_log $dir/nginx-access.log;
    client_body_temp_path $dir/nginx-tmp;
    proxy_temp_path $dir/nginx-tmp;
    # A crashed instance: the request goes to the next one (also a POST that never reached the dead one).
    # Not on a 503: that is Rapport saying its database is down, which the next instance would say too.
    proxy_next_upstream error timeout http_502;
    proxy_connect_timeout 2s;
    include $dir/rapport.conf;
}
EOF
    mkdir -p "$dir/nginx-tmp" "$dir/acme"
}

up() {
    local n=${1:-2} i
    if [[ $(instances) != 0 ]]; then
        say "already up ($(instances) instances); run '$0 down' first"
        exit 1
    fi
    [[ -f $jar ]] || (cd "$root" && ./mvnw -B -q package -DskipTests)
    ensure_nginx
    ensure_keys
    ensure_database
    echo "$n" >"$dir/instances"
    (umask 077 && declare -p jar https_port db_url db_user db_password >"$dir/settings" \
        && echo "export RAPPORT_DEMO=${RAPPORT_DEMO:-true} RAPPORT_REPORT_PAGE_COST=${RAPPORT_REPORT_PAGE_COST:-false}" >>"$dir/settings")
    if [[ ${RAPPORT_CLUSTER_TOGETHER:-false} == true ]]; then
        # All at once, as after a power cut: the migrations' lock and the first start's setup decide who does what.
        for ((i = 1; i <= n; i++)); do start_instance "$i" "$n"; done
        for ((i = 1; i <= n; i++)); do wait_ready "$i"; done
    else
        # The first instance alone (migrations, the demo practice), then the others together.
        start_instance 1 "$n"
        wait_ready 1
        for ((i = 2; i <= n; i++)); do start_instance "$i" "$n"; done
        for ((i = 2; i <= n; i++)); do wait_ready "$i"; done
    fi
    write_nginx "$n"
    nginx -t -c "$dir/nginx.conf" 2>"$dir/nginx-test.log" || { cat "$dir/nginx-test.log" >&2; exit 1; }
    nginx -c "$dir/nginx.conf"
    say "up: https://localhost:$https_port/ ($n instances; logs in $dir)"
}

down() {
    local i
    [[ -f $dir/nginx.pid ]] && nginx -c "$dir/nginx.conf" -s quit 2>/dev/null || true
    for ((i = 1; i <= $(instances); i++)); do
        if [[ -f $dir/rapport-$i/pid ]]; then
            kill "$(cat "$dir/rapport-$i/pid")" 2>/dev/null || true
        fi
    done
    for ((i = 1; i <= $(instances); i++)); do
        for _ in $(seq 1 30); do
            kill -0 "$(cat "$dir/rapport-$i/pid" 2>/dev/null)" 2>/dev/null || break
            sleep 1
        done
        kill -9 "$(cat "$dir/rapport-$i/pid" 2>/dev/null)" 2>/dev/null || true
        rm -f "$dir/rapport-$i/pid"
    done
    rm -f "$dir/instances"
    say "down"
}

status() {
    local i port
    for ((i = 1; i <= $(instances); i++)); do
        port=$((http_base + i))
        if kill -0 "$(cat "$dir/rapport-$i/pid" 2>/dev/null)" 2>/dev/null; then
            echo "rapport-$i 127.0.0.1:$port pid $(cat "$dir/rapport-$i/pid") health: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")"
        else
            echo "rapport-$i 127.0.0.1:$port not running"
        fi
    done
    [[ -f $dir/nginx.pid ]] && kill -0 "$(cat "$dir/nginx.pid")" 2>/dev/null && echo "nginx https://localhost:$https_port/" || echo "nginx not running"
}

case ${1:-} in
    up) up "${2:-2}" ;;
    down) down ;;
    status) status ;;
    kill) kill -9 "$(cat "$dir/rapport-${2:?instance number}/pid")" && say "killed instance $2" ;;
    start) start_instance "${2:?instance number}" "$(instances)" && wait_ready "$2" ;;
    *) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
