#!/usr/bin/env bash
# The HTTP load benchmark, A/B: two API jars on the same funded ledger, alternated round by round.
#   benchmarks/http-ab.sh BASE_JAR NEW_JAR OUT_DIR [ROUNDS] [SECONDS]
# (FIRST_ROUND=n resumes an interrupted session at round n, appending to OUT_DIR's tables.)
# BASE_JAR starts with BASE_JAVA_OPTS (default: none, as the base commit's run.sh started it), NEW_JAR with
# NEW_JAVA_OPTS (default: @api-micronaut/jvm.options and the class data sharing archive, as run.sh starts it
# now; the archive is recorded by the set-up run). Each round, for each side: a fresh copy of the same ledger
# (200 funded customers with tokens, made once by benchmarks/http-users.py), java -jar, the time until /health
# answers, a 36 s warm-up (12 s per endpoint: on this loaded machine the JIT needs that long), then wrk
# (benchmarks/http-load.lua: real JWTs)
# for POST /transfers, POST /transfer and GET /users/me at 16, 64 and 256 connections, SECONDS each
# (default 15), recording wrk's output, the server's CPU (utime+stime over the run) and RSS, and `uptime`.
# benchmarks/http-summary.py OUT_DIR then writes the medians and ratios. Ports 18600 and 18601.
set -euo pipefail
cd "$(dirname "$0")/.."
base_jar=$1 new_jar=$2 out=$3 rounds=${4:-3} seconds=${5:-15}
base_opts=${BASE_JAVA_OPTS-}
# The ledger, the tokens and the archive: scratch, kept between runs while the tokens are fresh (see below).
# LEDGER_JAR=BASE_JAR makes the ledger with the base jar, for a change whose schema the base cannot open:
# the new side then migrates its copy as it starts, and the archive comes from a run of the new jar alone.
work=${HTTP_WORK:-benchmarks/target/http-work}
mkdir -p "$out" "$work"
work=$(cd "$work" && pwd)
cds="-Xlog:cds=off -Xlog:cds+dynamic=off"
new_opts=${NEW_JAVA_OPTS-@api-micronaut/jvm.options -XX:SharedArchiveFile=$work/new.jsa $cds}
script=benchmarks/http-load.lua
tick=$(getconf CLK_TCK)

# shellcheck source=benchmarks/http-env.sh
. benchmarks/http-env.sh
port=$BANK_API_PORT

server_pid=
stop_server() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  server_pid=
}
trap stop_server EXIT

# start JAR OPTS DB LOG [BCRYPT_COST]: starts the API; sets server_pid, and started to the seconds until
# /health answered.
started=
start_server() {
  local jar=$1 opts=$2 db=$3 log=$4 cost=${5:-12} began
  began=$(date +%s.%N)
  # shellcheck disable=SC2086 # the options are words
  BANK_DB=$db BANK_BCRYPT_COST=$cost java $opts -jar "$jar" > "$log" 2>&1 &
  server_pid=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null; do
    kill -0 "$server_pid" 2>/dev/null || { echo "the API stopped while starting; see $log" >&2; exit 1; }
    sleep 0.05
  done
  started=$(echo "$(date +%s.%N) - $began" | bc)
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server_pid/status"; }

# The tokens live an hour: older than 40 minutes, they would expire during a run of three rounds.
if [ ! -s "$work/users.txt" ] || [ -n "$(find "$work/users.txt" -mmin +40)" ] || [ ! -f "$work/ledger.db" ] \
    || [ ! -f "$work/new.jsa" ]; then
  rm -f "$work"/ledger.db* "$work/new.jsa"
  ledger_jar=${LEDGER_JAR:-$new_jar}
  record="-XX:ArchiveClassesAtExit=$work/new.jsa $cds"
  # Cheap password hashes for the set-up only (logins happen here, never during a measured run).
  start_server "$ledger_jar" "@api-micronaut/jvm.options $([ "$ledger_jar" = "$new_jar" ] && echo "$record")" \
    "$work/ledger.db" "$work/setup.log" 4
  benchmarks/http-users.py "http://127.0.0.1:$port" "$BANK_ADMIN_EMAIL" "$BANK_ADMIN_PASSWORD" 200 "$work/users.txt"
  stop_server
  if [ "$ledger_jar" != "$new_jar" ]; then
    rm -f "$work"/archive.db*
    cp "$work/ledger.db" "$work/archive.db"
    start_server "$new_jar" "@api-micronaut/jvm.options $record" "$work/archive.db" "$work/archive.log"
    stop_server
  fi
fi

[ -f "$out/runs.csv" ] || echo "round,side,mode,connections,requests_per_s,p50_ms,p99_ms,errors,server_cpu_pct,rss_mb,load1" > "$out/runs.csv"
[ -f "$out/starts.csv" ] || echo "round,side,seconds_to_health,rss_mb_idle" > "$out/starts.csv"

for round in $(seq "${FIRST_ROUND:-1}" "$rounds"); do
  for side in base new; do
    if [ "$side" = base ]; then jar=$base_jar opts=$base_opts; else jar=$new_jar opts=$new_opts; fi
    rm -f "$work"/run.db*
    cp "$work/ledger.db" "$work/run.db"
    start_server "$jar" "$opts" "$work/run.db" "$out/$round-$side-server.log"
    echo "$round,$side,$started,$(rss_mb)" >> "$out/starts.csv"
    for mode in transfers transfer me; do
      wrk -t2 -c64 -d12s -s "$script" "http://127.0.0.1:$port" -- "$mode" "$work/users.txt" > /dev/null
    done
    for mode in transfers transfer me; do
      for connections in 16 64 256; do
        name=$round-$side-$mode-$connections
        load=$(cut -d' ' -f1 /proc/loadavg)
        before=$(cpu_ticks)
        wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s --latency -s "$script" "http://127.0.0.1:$port" \
          -- "$mode" "$work/users.txt" > "$out/$name.txt"
        after=$(cpu_ticks)
        cpu=$(echo "scale=1; 100 * ($after - $before) / $tick / $seconds" | bc)
        echo "$(date -u +%FT%TZ) $name load: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"
        python3 - "$out/$name.txt" "$round,$side,$mode,$connections" "$cpu,$(rss_mb),$load" >> "$out/runs.csv" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r'^\s+%s\s+([\d.]+)(us|ms|s)\s*$' % label, text, re.M)
    return float(m.group(1)) * {'us': 0.001, 'ms': 1, 's': 1000}[m.group(2)]
rps = float(re.search(r'Requests/sec:\s+([\d.]+)', text).group(1))
errors = sum(int(n) for n in re.findall(r'(?:Non-2xx or 3xx responses|connect|read|write|timeout):? (\d+)', text))
print(f"{sys.argv[2]},{rps:.0f},{ms('50%'):.2f},{ms('99%'):.2f},{errors},{sys.argv[3]}")
PY
      done
    done
    stop_server
  done
done
echo "runs in $out/runs.csv; now: benchmarks/http-summary.py $out"
