#!/usr/bin/env bash
# POST /transfers and POST /transfer at 64 connections, 15 s each after a 23 s warm-up, per jar, two rounds
# alternated, on the ledger and tokens benchmarks/http-ab.sh made (benchmarks/target/http-work):
#   benchmarks/results/wal-checkpoint/checkpointer/http-p99.sh OUT_DIR NAME=JAR [NAME=JAR ...]
set -uo pipefail
out=$(mkdir -p "$1" && cd "$1" && pwd); shift
cd "$(dirname "$0")/../../../.."
work=benchmarks/target/http-work port=18600
# Fake, for this benchmark only: the ledger it uses is a scratch copy.
export BANK_ADMIN_EMAIL=load-admin@example.com BANK_ADMIN_PASSWORD=load-admin-passphrase-for-benchmarks
export BANK_JWT_SECRET=fake-http-benchmark-secret-0123456789abcdef BANK_API_PORT=$port
for round in 1 2; do for nj in "$@"; do
  n=${nj%%=*} jar=${nj#*=}
  rm -f $work/run.db*; cp $work/ledger.db $work/run.db
  BANK_DB=$work/run.db java @api-micronaut/jvm.options -jar $jar > $out/$round-$n-server.log 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null http://127.0.0.1:$port/health 2>/dev/null; do sleep 0.1; done
  wrk -t2 -c64 -d15s -s benchmarks/http-load.lua http://127.0.0.1:$port -- transfers $work/users.txt > /dev/null
  wrk -t2 -c64 -d8s -s benchmarks/http-load.lua http://127.0.0.1:$port -- transfer $work/users.txt > /dev/null
  for mode in transfers transfer; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    wrk -t2 -c64 -d15s --timeout 5s --latency -s benchmarks/http-load.lua http://127.0.0.1:$port -- $mode $work/users.txt > $out/$round-$n-$mode.txt
    echo "$round $n $mode req/s $(grep Requests/sec $out/$round-$n-$mode.txt | awk '{print $2}') p50 $(grep ' 50%' $out/$round-$n-$mode.txt | awk '{print $2}') p99 $(grep ' 99%' $out/$round-$n-$mode.txt | awk '{print $2}') non2xx $(grep -c 'Non-2xx' $out/$round-$n-$mode.txt) load $load rss_mb $(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' /proc/$pid/status)" | tee -a $out/summary.txt
  done
  kill $pid; wait $pid 2>/dev/null
done; done
