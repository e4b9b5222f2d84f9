#!/usr/bin/env bash
# Scans a running Rapport with wapiti and sqlmap, signed in as a counselor and as a client.
#
#   bash deploy/security/scan.sh          (from the repository; needs target/rapport.jar: ./mvnw package -DskipTests)
#
# What it does, all on loopback:
#   1. installs wapiti and sqlmap (Debian packages) with apt-get when missing (as root);
#   2. starts target/rapport.jar on 127.0.0.1:$RAPPORT_SCAN_PORT (8390) with a fresh embedded database in a
#      scratch directory, so it holds the demo practice and nothing else (RAPPORT_STAFF_MFA=optional);
#   3. signs in with curl as the counselor morgan@rapport.demo and the client alex@rapport.demo and hands
#      each session cookie to the scanners;
#   4. runs wapiti (crawl and attack, time-bounded) and sqlmap (the app's parameterised URLs and a few forms,
#      time-bounded) for each role, and sqlmap against the sign-in and password-reset forms without a session;
#   5. prints a summary, stops Rapport, and exits 1 when wapiti reports anything of high or critical level
#      (including an HTTP 500 "anomaly") or sqlmap finds an injectable parameter.
# The scanners go through deploy/security/guard-proxy.py, which forwards to 127.0.0.1:$RAPPORT_SCAN_PORT only
# and refuses the sign-out button (every page has one, in a form a scanner would post).
#
# Reports: target/security/ (wapiti-<role>.json and .html, sqlmap-<role>/ with sqlmap's logs, rapport.log,
# summary.txt). About 20 minutes here (2 cores); the budgets below keep it under 30.
#
# Settings (environment, seconds): RAPPORT_SCAN_PORT (8390), RAPPORT_SCAN_PROXY_PORT (8391), RAPPORT_JAR
# (target/rapport.jar); wapiti's crawl and its time per attack module: WAPITI_COUNSELOR_CRAWL (120),
# WAPITI_COUNSELOR_ATTACK (30), WAPITI_CLIENT_CRAWL (60), WAPITI_CLIENT_ATTACK (15); sqlmap's time per role:
# SQLMAP_COUNSELOR_SECONDS (600), SQLMAP_CLIENT_SECONDS (180), SQLMAP_ANONYMOUS_SECONDS (120).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
port=${RAPPORT_SCAN_PORT:-8390}
proxy_port=${RAPPORT_SCAN_PROXY_PORT:-8391}
jar=${RAPPORT_JAR:-$root/target/rapport.jar}
base=http://127.0.0.1:$port
proxy=http://127.0.0.1:$proxy_port
out=$root/target/security
password=demo-Rapport-2026
counselor=morgan@rapport.demo
client=alex@rapport.demo

say() { printf '[scan %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { say "$*"; exit 2; }

[[ -f $jar ]] || die "$jar is missing: build it first (./mvnw package -DskipTests)"

# 1. The scanners
missing=()
command -v wapiti >/dev/null || missing+=(wapiti)
command -v sqlmap >/dev/null || missing+=(sqlmap)
if ((${#missing[@]})); then
    [[ $EUID -eq 0 ]] || die "install ${missing[*]} first (apt-get install ${missing[*]}), or run this as root"
    say "installing ${missing[*]} (Debian packages)"
    apt-get -o DPkg::Lock::Timeout=300 update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q "${missing[@]}" >/dev/null
fi

rm -rf "$out"
mkdir -p "$out"
scratch=$(mktemp -d /tmp/rapport-scan.XXXXXX)
rapport_pid=
proxy_pid=

stop_rapport() {
    [[ -n $rapport_pid ]] || return 0
    say "stopping Rapport"
    kill -TERM "$rapport_pid" 2>/dev/null || true
    for _ in $(seq 60); do
        kill -0 "$rapport_pid" 2>/dev/null || break
        sleep 1
    done
    # what is left of its process group (the embedded MariaDB, if Rapport could not stop it)
    kill -KILL -- "-$rapport_pid" 2>/dev/null || true
    rapport_pid=
}

cleanup() {
    [[ -z $proxy_pid ]] || kill "$proxy_pid" 2>/dev/null || true
    stop_rapport
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 2. Rapport on loopback, a fresh demo practice. HTTP on 127.0.0.1 only (deploy/payara/preboot-commands.txt),
# no clustering, no phoning home.
say "starting Rapport on $base (log: $out/rapport.log)"
RAPPORT_DATA_DIR=$scratch/data RAPPORT_DEMO=true RAPPORT_STAFF_MFA=optional RAPPORT_BASE_URL=$base \
    setsid java -Xmx768m -XX:+ExitOnOutOfMemoryError -XX:ActiveProcessorCount=2 -jar "$jar" \
    --nocluster --port "$port" --rootdir "$scratch/payara" --disablephonehome \
    --prebootcommandfile "$root/deploy/payara/preboot-commands.txt" \
    --logproperties "$root/deploy/payara/logging.properties" \
    >"$out/rapport.log" 2>&1 </dev/null &
rapport_pid=$!
started=$SECONDS

deadline=$((SECONDS + 300))
until curl -fsS --max-time 5 "$base/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$rapport_pid" 2>/dev/null || { tail -30 "$out/rapport.log" >&2; die "Rapport stopped while starting"; }
    ((SECONDS < deadline)) || die "Rapport was not ready within 300 s (see $out/rapport.log)"
    sleep 2
done
say "Rapport is up after $((SECONDS - started)) s"

python3 "$here/guard-proxy.py" "$proxy_port" "$port" "$out/guard-refused.txt" >"$out/guard-proxy.log" 2>&1 &
proxy_pid=$!

# 3. Signing in: GET the page for its view state and session cookie, then POST the form as a browser does.
sign_in() { # email cookie-jar -> 0 when signed in
    local email=$1 jar=$2 view_state location
    rm -f "$jar"
    view_state=$(curl -sS --max-time 30 -c "$jar" -b "$jar" "$base/login.xhtml" \
        | grep -o '<input[^>]*name="jakarta.faces.ViewState"[^>]*>' | head -1 | sed -n 's/.*value="\([^"]*\)".*/\1/p')
    [[ -n $view_state ]] || return 1
    location=$(curl -sS --max-time 60 -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "signin=signin" --data-urlencode "signin:email=$email" \
        --data-urlencode "signin:password=$password" --data-urlencode "signin:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$view_state" "$base/login.xhtml")
    [[ -n $location && $location != *login.xhtml* ]]
}

# the session is alive when its start page answers 200 (not a redirect to the sign-in page)
signed_in() { # cookie-jar page
    [[ $(curl -sS --max-time 30 -o /dev/null -w '%{http_code}' -b "$1" "$base$2") == 200 ]]
}

cookie_header() { # cookie-jar -> "NAME=value; NAME=value"
    awk -F'\t' 'NF >= 7 && $1 ~ /127\.0\.0\.1$/ { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$1"
}

wapiti_cookies() { # cookie-jar -> wapiti's JSON cookie file on stdout
    awk -F'\t' 'BEGIN { printf "{\"127.0.0.1\": {\"/\": {" }
        NF >= 7 && $1 ~ /127\.0\.0\.1$/ { printf "%s\"%s\": {\"value\": \"%s\", \"expires\": null, \"secure\": false, \"port\": null, \"version\": 0}", (n++ ? ", " : ""), $6, $7 }
        END { print "}}}" }' "$1"
}

# The demo practice is entered right after start-up: wait until its counselor can sign in.
deadline=$((SECONDS + 240))
until sign_in "$counselor" "$out/counselor.cookies"; do
    ((SECONDS < deadline)) || die "could not sign in as $counselor (see $out/rapport.log)"
    sleep 5
done
sign_in "$client" "$out/client.cookies" || die "could not sign in as $client"
signed_in "$out/counselor.cookies" /counselor/clients.xhtml || die "the counselor's session does not open the client list"
signed_in "$out/client.cookies" /portal/index.xhtml || die "the client's session does not open the portal"
say "signed in as $counselor and as $client"

# Real ids for the parameterised pages, read from what each role sees.
first_id() { # cookie-jar pattern page... -> the first id after pattern on the first page that has one (else 1)
    local jar=$1 pattern=$2 page id
    shift 2
    for page in "$@"; do
        id=$(curl -sS --max-time 30 -b "$jar" "$base$page" | grep -o "$pattern[0-9][0-9]*" | head -1 | sed "s/.*=//" || true)
        [[ -z $id ]] || { echo "$id"; return; }
    done
    echo 1
}
client_id=$(first_id "$out/counselor.cookies" 'client.xhtml?id=' /counselor/clients.xhtml)
couple_id=$(first_id "$out/counselor.cookies" 'couple.xhtml?id=' "/counselor/clients.xhtml?kind=couples" \
    "/counselor/client.xhtml?id=$client_id")
appointment_id=$(first_id "$out/counselor.cookies" 'appointment.xhtml?id=' "/counselor/client.xhtml?id=$client_id" \
    "/counselor/couple.xhtml?id=$couple_id")
assignment_id=$(first_id "$out/counselor.cookies" 'assignment.xhtml?id=' "/counselor/couple.xhtml?id=$couple_id" \
    "/counselor/client.xhtml?id=$client_id")
task_id=$(first_id "$out/client.cookies" 'task.xhtml?id=' /portal/index.xhtml /portal/history.xhtml)
checkin_id=$(first_id "$out/client.cookies" 'checkin.xhtml?id=' /portal/index.xhtml /portal/history.xhtml)
portal_appointment_id=$(first_id "$out/client.cookies" 'appointment.ics?id=' /portal/index.xhtml)
say "ids: client $client_id, couple $couple_id, appointment $appointment_id, assignment $assignment_id; portal task $task_id, check-in $checkin_id, appointment $portal_appointment_id (1: none found)"

# 4a. wapiti: crawl from the role's start pages, attack with the modules that fit a Faces application. Left
# out: ssrf and xxe (they need wapiti's endpoint on the internet), nikto and buster (brute-force lists),
# brute_login_form (would lock the demo accounts), blindsql (time-based: sqlmap covers it), backup,
# htaccess, shellshock, wapp. The endpoint is pointed at a closed loopback port and bug reports are off: nothing leaves.
wapiti_modules=sql,xss,permanentxss,exec,file,redirect,crlf,csrf,methods,http_headers,cookieflags,csp
run_wapiti() { # role crawl-seconds attack-seconds-per-module start-path...
    local role=$1 crawl=$2 attack=$3 modules
    shift 3
    modules=$(tr ',' '\n' <<<"$wapiti_modules" | grep -c .)
    local starts=()
    for path in "$@"; do starts+=(-s "$base$path"); done
    wapiti_cookies "$out/$role.cookies" >"$out/wapiti-$role.cookies.json"
    say "wapiti as the $role (crawl $crawl s, then at most $attack s for each of $modules modules)"
    timeout --kill-after=30 $((crawl + modules * attack + 180)) wapiti -u "$base/" --scope folder "${starts[@]}" \
        -c "$out/wapiti-$role.cookies.json" -p "$proxy" \
        -m "$wapiti_modules" -d 4 --max-links-per-page 60 --max-files-per-dir 60 \
        --max-scan-time "$crawl" --max-attack-time "$attack" -t 30 \
        --store-session "$out/wapiti-session-$role" --flush-session \
        --endpoint http://127.0.0.1:9/ --no-bugreport -v 1 \
        -f json -o "$out/wapiti-$role.json" >"$out/wapiti-$role.log" 2>&1 || say "wapiti ($role) ended with $?"
    # the same findings as HTML, from the stored session (no crawl, no attack)
    wapiti -u "$base/" --scope folder -c "$out/wapiti-$role.cookies.json" -p "$proxy" --skip-crawl --module=-all \
        --store-session "$out/wapiti-session-$role" --endpoint http://127.0.0.1:9/ --no-bugreport \
        -f html -o "$out/wapiti-$role-html" >>"$out/wapiti-$role.log" 2>&1 || say "wapiti's HTML report ($role) failed"
}

run_wapiti counselor "${WAPITI_COUNSELOR_CRAWL:-120}" "${WAPITI_COUNSELOR_ATTACK:-30}" /counselor/clients.xhtml /counselor/calendar.xhtml \
    /counselor/exercises.xhtml /counselor/missing-notes.xhtml /counselor/questionnaires.xhtml \
    "/counselor/client.xhtml?id=$client_id" "/counselor/couple.xhtml?id=$couple_id" \
    "/counselor/appointment.xhtml?id=$appointment_id" "/counselor/assignment.xhtml?id=$assignment_id" \
    /account/security.xhtml
signed_in "$out/counselor.cookies" /counselor/clients.xhtml && counselor_alive=yes || counselor_alive=NO
run_wapiti client "${WAPITI_CLIENT_CRAWL:-60}" "${WAPITI_CLIENT_ATTACK:-15}" /portal/index.xhtml /portal/history.xhtml \
    "/portal/task.xhtml?id=$task_id" "/portal/checkin.xhtml?id=$checkin_id" /account/security.xhtml
signed_in "$out/client.cookies" /portal/index.xhtml && client_alive=yes || client_alive=NO
say "sessions still signed in after wapiti: counselor $counselor_alive, client $client_alive"

# 4b. sqlmap: every parameter of the app's parameterised URLs (GET) and a few forms (Faces posts, the view
# state refreshed before each request), level 2 / risk 2, all techniques, MySQL payloads only (Rapport runs on
# MariaDB or MySQL; the other databases' payloads would triple the time). The session cookie is not tested.
run_sqlmap() { # role seconds cookie-jar-or-empty target-file
    local role=$1 seconds=$2 jar=$3 targets=$4 cookie=()
    [[ -z $jar ]] || cookie=(--cookie "$(cookie_header "$jar")")
    say "sqlmap as the $role (at most $seconds s): $(grep -c . "$targets") targets"
    local n=0
    while IFS='|' read -r url data; do
        [[ -n $url ]] || continue
        n=$((n + 1))
        local form=()
        [[ -z $data ]] || form=(--data "$data" --csrf-token jakarta.faces.ViewState --csrf-url "$url")
        [[ $data != forms ]] || form=(--forms --csrf-token jakarta.faces.ViewState)
        local left=$((deadline_sqlmap - SECONDS))
        if ((left <= 10)); then
            say "sqlmap ($role): time is up, $url not tested"
            echo "[scan] time is up, $url not tested" >>"$out/sqlmap-$role.log"
            continue
        fi
        timeout --kill-after=10 "$left" sqlmap -u "$url" "${form[@]}" "${cookie[@]}" --proxy "$proxy" \
            --batch --dbms MySQL --level 2 --risk 2 --skip "JSESSIONID,JSESSIONIDVERSION,jakarta.faces.ViewState" \
            --timeout 30 --retries 1 --output-dir "$out/sqlmap-$role" --flush-session \
            --answers "follow=N,crack=N,dict=N,continue=Y,quit=N" >>"$out/sqlmap-$role.log" 2>&1 \
            || echo "[scan] sqlmap ended with $? on $url" >>"$out/sqlmap-$role.log"
    done <"$targets"
}

cat >"$out/sqlmap-counselor-targets.txt" <<EOF
$base/counselor/clients.xhtml?q=Alex&status=all&kind=all
$base/counselor/client.xhtml?id=$client_id
$base/counselor/couple.xhtml?id=$couple_id
$base/counselor/appointment.xhtml?id=$appointment_id
$base/counselor/note.xhtml?appointment=$appointment_id
$base/counselor/assignment.xhtml?id=$assignment_id
$base/counselor/exercises.xhtml?q=trust&strategy=&who=&page=1
$base/counselor/calendar.xhtml?date=2026-01-05
$base/counselor/checkins.csv?client=$client_id
$base/counselor/chart.pdf?client=$client_id
$base/counselor/clients.xhtml|forms
EOF
deadline_sqlmap=$((SECONDS + ${SQLMAP_COUNSELOR_SECONDS:-600}))
run_sqlmap counselor "${SQLMAP_COUNSELOR_SECONDS:-600}" "$out/counselor.cookies" "$out/sqlmap-counselor-targets.txt"

cat >"$out/sqlmap-client-targets.txt" <<EOF
$base/portal/task.xhtml?id=$task_id
$base/portal/checkin.xhtml?id=$checkin_id
$base/portal/appointment.ics?id=$portal_appointment_id
$base/portal/history.xhtml|forms
EOF
deadline_sqlmap=$((SECONDS + ${SQLMAP_CLIENT_SECONDS:-180}))
run_sqlmap client "${SQLMAP_CLIENT_SECONDS:-180}" "$out/client.cookies" "$out/sqlmap-client-targets.txt"
signed_in "$out/counselor.cookies" /counselor/clients.xhtml && counselor_alive_end=yes || counselor_alive_end=NO
signed_in "$out/client.cookies" /portal/index.xhtml && client_alive_end=yes || client_alive_end=NO

# Without a session: the sign-in form (wrong e-mail addresses, so no account is locked) and the reset form.
cat >"$out/sqlmap-anonymous-targets.txt" <<EOF
$base/login.xhtml|signin=signin&signin%3Aemail=nobody%40rapport.demo&signin%3Apassword=wrong-password&signin%3Asubmit=&jakarta.faces.ViewState=x
$base/account/set-password.xhtml?token=abcdefabcdefabcdef
$base/account/reset.xhtml|forms
EOF
deadline_sqlmap=$((SECONDS + ${SQLMAP_ANONYMOUS_SECONDS:-120}))
run_sqlmap anonymous "${SQLMAP_ANONYMOUS_SECONDS:-120}" "" "$out/sqlmap-anonymous-targets.txt"

# 5. Summary
stop_rapport
status=0
python3 - "$out" "$counselor_alive/$counselor_alive_end" "$client_alive/$client_alive_end" >"$out/summary.txt" <<'EOF' || status=$?
import json, os, re, sys
out, counselor_alive, client_alive = sys.argv[1:4]
names = {"0": "info", "1": "low", "2": "medium", "3": "high", "4": "critical"}
failed = False
print("Rapport security scan (deploy/security/scan.sh)")
for role in ("counselor", "client"):
    path = os.path.join(out, "wapiti-%s.json" % role)
    if not os.path.exists(path):
        print("wapiti %-9s: NO REPORT (see wapiti-%s.log)" % (role, role))
        failed = True
        continue
    report = json.load(open(path))
    counts, lines = {}, []
    for kind in ("vulnerabilities", "anomalies"):
        for category, findings in (report.get(kind) or {}).items():
            for f in findings:
                level = names.get(str(f.get("level")), str(f.get("level")))
                counts[level] = counts.get(level, 0) + 1
                lines.append("    %-8s %s: %s %s (%s) %s" % (level, category, f.get("method"), f.get("path"),
                                                            f.get("parameter") or "-", (f.get("info") or "")[:140]))
                if level in ("high", "critical"):
                    failed = True
    crawled = report.get("infos", {}).get("crawled_pages_nbr", report.get("infos", {}).get("crawled_pages", "?"))
    print("wapiti %-9s: %s" % (role, ", ".join("%s %d" % (l, counts.get(l, 0))
                                                for l in ("critical", "high", "medium", "low", "info"))))
    print("\n".join(sorted(lines)))
for role in ("counselor", "client", "anonymous"):
    log = os.path.join(out, "sqlmap-%s.log" % role)
    text = open(log, errors="replace").read() if os.path.exists(log) else ""
    vulnerable = sorted(set(re.findall(r"parameter '([^']+)' is vulnerable", text)))
    points = text.count("sqlmap identified the following injection point")
    tested = len(re.findall(r"testing URL '|\[INFO\] testing connection to the target URL", text))
    untested = len(re.findall(r"time is up", text))
    errors = len(re.findall(r"\[scan\] sqlmap ended with", text))
    parameters = len(set(re.findall(r"testing for SQL injection on (\S+ parameter '[^']+')", text)))
    print("sqlmap %-9s: injectable parameters %d%s; %d parameters tested; targets started %d, stopped early or"
          " failed %d, not reached in time %d" % (role, len(vulnerable) + (points if not vulnerable else 0),
          (" (" + ", ".join(vulnerable) + ")") if vulnerable else "", parameters, tested, errors, untested))
    if vulnerable or points:
        failed = True
refused = os.path.join(out, "guard-refused.txt")
n = sum(1 for _ in open(refused)) if os.path.exists(refused) else 0
print("guard proxy  : %d requests refused (sign-out or not Rapport; guard-refused.txt)" % n)
print("sessions     : still signed in after wapiti/after sqlmap: counselor %s, client %s" % (counselor_alive, client_alive))
print("RESULT       : %s" % ("FINDINGS (high/critical in wapiti or injectable in sqlmap)" if failed else "clean"))
sys.exit(1 if failed else 0)
EOF
cat "$out/summary.txt"
say "reports in $out (took $((SECONDS / 60)) min)"
exit "$status"
