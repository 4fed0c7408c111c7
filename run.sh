#!/usr/bin/env bash
# Runs bankcore on the embedded default (SQLite): builds what is missing, seeds a demo ledger on the
# first run, starts the REST API and the dashboard (and, on the demo ledger, a gentle stream of demo
# payments), prints where they are and how to log in, and stops them all on Ctrl-C. Configuration
# comes from the environment (see the README's table).
set -euo pipefail
cd "$(dirname "$0")"

BANK_DB="${BANK_DB:-./data/banking.db}"
BANK_API_PORT="${BANK_API_PORT:-8080}"
BANK_DASHBOARD_PORT="${BANK_DASHBOARD_PORT:-8081}"
BANK_ADMIN_EMAIL="${BANK_ADMIN_EMAIL:-admin@bankcore.local}"
DEMO_CUSTOMERS="${DEMO_CUSTOMERS:-2000}"
DEMO_TRANSFERS="${DEMO_TRANSFERS:-100000}"
DEMO_TRAFFIC_RATE="${DEMO_TRAFFIC_RATE:-2}"
DATA_DIR="$(dirname "$BANK_DB")"
# Written once the seeder has put a verified demo ledger in place: demo traffic is on by default only there.
DEMO_MARKER="$BANK_DB.demo"
# Where the seeder writes until the ledger verifies; left behind only by a seeding that was interrupted.
SEEDING_LEFTOVER="$BANK_DB.seeding"
# Logs are named by port, so a second instance on other ports keeps its own.
LOG_DIR="$DATA_DIR/logs"
API_LOG="$LOG_DIR/api-$BANK_API_PORT.log"
DASHBOARD_LOG="$LOG_DIR/dashboard-$BANK_DASHBOARD_PORT.log"
TRAFFIC_LOG="$LOG_DIR/traffic-$BANK_API_PORT.log"

API_JAR=api-micronaut/target/bankcore-api.jar
DASHBOARD_DIR=dashboard-vaadin/target/dashboard
SEEDER_JAR=seeder/target/seeder.jar

fail() { echo "bankcore: $*" >&2; exit 1; }

command -v java >/dev/null 2>&1 || fail "Java 17 is needed and 'java' is not on the PATH (Debian: apt-get install openjdk-17-jdk)."
java_major=$(java -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1])}')
[ "${java_major:-0}" -ge 17 ] || fail "Java 17 or newer is needed; 'java' is version ${java_major:-unknown}."

case "${DEMO_TRAFFIC:-}" in
  "") ;; 1|true|yes|on) DEMO_TRAFFIC=1 ;; 0|false|no|off) DEMO_TRAFFIC=0 ;;
  *) fail "DEMO_TRAFFIC must be 1 or 0, was '$DEMO_TRAFFIC'" ;;
esac

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$BANK_API_PORT" "$BANK_DASHBOARD_PORT"; do
  if port_busy "$port"; then
    fail "port $port is already in use. Stop what listens there, or choose others: BANK_API_PORT=9080 BANK_DASHBOARD_PORT=9081 ./run.sh"
  fi
done

if [ ! -f "$API_JAR" ] || [ ! -f "$DASHBOARD_DIR/dashboard-vaadin.jar" ] || [ ! -f "$DASHBOARD_DIR/jvm.options" ] || [ ! -f "$SEEDER_JAR" ]; then
  command -v mvn >/dev/null 2>&1 || fail "the jars are not built and Maven ('mvn') is not on the PATH."
  echo "Building bankcore (first run only; a few minutes)..."
  mvn -B -ntp -q package -DskipTests -pl api-micronaut,dashboard-vaadin,seeder -am
fi

mkdir -p "$DATA_DIR"
# The demo admin's password and the token-signing secret are made on first run and kept beside the
# database (data/ is ignored by git), so logins and tokens survive restarts. The environment wins.
secret_file() {
  local file="$DATA_DIR/$1"
  [ -s "$file" ] || (umask 077 && head -c 48 /dev/urandom | base64 | tr -d '/+=\n' > "$file")
  cat "$file"
}
BANK_ADMIN_PASSWORD="${BANK_ADMIN_PASSWORD:-$(secret_file demo-admin-password)}"
BANK_JWT_SECRET="${BANK_JWT_SECRET:-$(secret_file jwt-secret)}"
export BANK_DB BANK_API_PORT BANK_DASHBOARD_PORT BANK_ADMIN_EMAIL BANK_ADMIN_PASSWORD BANK_JWT_SECRET

if [ -e "$SEEDING_LEFTOVER" ]; then
  if [ -f "$BANK_DB" ]; then
    echo "bankcore: $SEEDING_LEFTOVER is left over from an interrupted seeding; $BANK_DB was not touched" \
      "by it. Delete the leftover when you no longer need it." >&2
  else
    echo "bankcore: $SEEDING_LEFTOVER is left over from an interrupted seeding (no ledger was put in" \
      "place); seeding again." >&2
  fi
fi
if [ ! -f "$BANK_DB" ]; then
  echo "Seeding a demo ledger into $BANK_DB ($DEMO_CUSTOMERS customers, $DEMO_TRANSFERS transfers up to now)..."
  # The admin's password reaches the seeder through the environment (exported above), never argv.
  java -jar "$SEEDER_JAR" --db "$BANK_DB" --customers "$DEMO_CUSTOMERS" --transfers "$DEMO_TRANSFERS" \
    --days 30 --seed 42 --admin-email "$BANK_ADMIN_EMAIL"
  date -u +%Y-%m-%dT%H:%M:%SZ > "$DEMO_MARKER"
fi
if [ -f "$DEMO_MARKER" ]; then DEMO_TRAFFIC="${DEMO_TRAFFIC:-1}"; else DEMO_TRAFFIC="${DEMO_TRAFFIC:-0}"; fi

pids=()
traffic_pid=
stop() {
  trap - INT TERM EXIT
  echo
  echo "Stopping bankcore..."
  for pid in $traffic_pid "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT
trap 'stop; exit 0' INT TERM

mkdir -p "$LOG_DIR"
# The API's heap and collector come from its argument file (a small, fixed footprint: docs/benchmarks.md).
# Class data sharing: the first start after a build records the classes the API loads (written when it
# stops); later starts map that archive instead of loading and verifying them again, which halves start-up.
API_CDS=api-micronaut/target/bankcore-api.jsa
if [ -f "$API_CDS" ] && [ "$API_CDS" -nt "$API_JAR" ]; then
  api_cds="-XX:SharedArchiveFile=$API_CDS"
else
  rm -f "$API_CDS"
  api_cds="-XX:ArchiveClassesAtExit=$API_CDS"
fi
java @api-micronaut/jvm.options "$api_cds" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$API_JAR" > "$API_LOG" 2>&1 &
pids+=($!)
# The dashboard's heap is capped by its argument file (measured: about 240 MB RSS instead of 500-600 MB).
java @"$DASHBOARD_DIR/jvm.options" -cp "$DASHBOARD_DIR/dashboard-vaadin.jar:$DASHBOARD_DIR/lib/*" bankcore.dashboard.DashboardMain \
  > "$DASHBOARD_LOG" 2>&1 &
pids+=($!)

wait_for() {
  local name=$1 url=$2 log=$3
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || fail "the $name stopped while starting; see $log"
    done
    sleep 0.5
  done
  fail "the $name did not answer at $url within 60 s; see $log"
}
wait_for "API" "http://localhost:$BANK_API_PORT/health" "$API_LOG"
wait_for "dashboard" "http://localhost:$BANK_DASHBOARD_PORT/" "$DASHBOARD_LOG"

# Demo payments through the core, beside the API and the dashboard on the same file. Not a service:
# if it stops, the API and the dashboard carry on (its log says why).
traffic_line="off (DEMO_TRAFFIC=1 turns it on)"
if [ "$DEMO_TRAFFIC" = "1" ]; then
  java -jar "$SEEDER_JAR" traffic --db "$BANK_DB" --rate "$DEMO_TRAFFIC_RATE" > "$TRAFFIC_LOG" 2>&1 &
  traffic_pid=$!
  traffic_line="on, about $DEMO_TRAFFIC_RATE payments a second (DEMO_TRAFFIC=0 turns it off)"
fi

cat <<INFO

bankcore is running on $BANK_DB
  REST API      http://localhost:$BANK_API_PORT
  Swagger UI    http://localhost:$BANK_API_PORT/swagger-ui
  Dashboard     http://localhost:$BANK_DASHBOARD_PORT
  Admin login   $BANK_ADMIN_EMAIL / $BANK_ADMIN_PASSWORD
  Demo traffic  $traffic_line
Logs are in $LOG_DIR (named by port). Press Ctrl-C to stop.
INFO
wait -n "${pids[@]}" || true
fail "a service stopped unexpectedly; see $API_LOG and $DASHBOARD_LOG"
