#!/usr/bin/env python3
"""Medians and ratios of benchmarks/http-ab.sh's runs, as Markdown on stdout and a CSV for the plot.

Usage: benchmarks/http-summary.py OUT_DIR > OUT_DIR/summary.md   (also writes OUT_DIR/medians.csv)

For each endpoint and connection count: the median over the rounds of requests/s, p99 latency, errors,
server CPU and RSS, for the base jar and the new one, and new/base of the medians; each round's
requests/s in brackets. Server CPU per request (CPU-ms over requests) is the number least moved by the
shared machine; the start-up table gives seconds until /health answered and the idle RSS.
"""
import csv
import statistics
import sys
from collections import defaultdict

out = sys.argv[1]
runs = defaultdict(list)
for row in csv.DictReader(open(f'{out}/runs.csv')):
    runs[(row['mode'], int(row['connections']), row['side'])].append(row)
starts = defaultdict(list)
for row in csv.DictReader(open(f'{out}/starts.csv')):
    starts[row['side']].append(row)

ENDPOINTS = {'transfers': 'POST /transfers', 'transfer': 'POST /transfer', 'me': 'GET /users/me'}


def median(rows, field):
    return statistics.median(float(r[field]) for r in rows)


def cpu_ms_per_request(rows):
    return statistics.median(float(r['server_cpu_pct']) * 10 / float(r['requests_per_s']) for r in rows)


print('| endpoint | conns | base req/s | new req/s | new/base | base p99 ms | new p99 ms | errors base/new '
      '| CPU ms/req base | new | server CPU % base/new | RSS MB base/new | load (1 min) |')
print('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
medians = [('endpoint', 'connections', 'side', 'requests_per_second')]
for mode, label in ENDPOINTS.items():
    for connections in (16, 64, 256):
        base, new = runs.get((mode, connections, 'base')), runs.get((mode, connections, 'new'))
        if not base or not new:
            continue
        b, n = median(base, 'requests_per_s'), median(new, 'requests_per_s')
        rounds = lambda rows: ', '.join(f"{float(r['requests_per_s']):,.0f}" for r in rows)
        loads = [float(r['load1']) for r in base + new]
        print(f"| {label} | {connections} | {b:,.0f} ({rounds(base)}) | {n:,.0f} ({rounds(new)}) | {n / b:.2f} "
              f"| {median(base, 'p99_ms'):.0f} | {median(new, 'p99_ms'):.0f} "
              f"| {sum(int(r['errors']) for r in base)}/{sum(int(r['errors']) for r in new)} "
              f"| {cpu_ms_per_request(base):.3f} | {cpu_ms_per_request(new):.3f} "
              f"| {median(base, 'server_cpu_pct'):.0f}/{median(new, 'server_cpu_pct'):.0f} "
              f"| {median(base, 'rss_mb'):.0f}/{median(new, 'rss_mb'):.0f} | {min(loads):.1f}–{max(loads):.1f} |")
        medians += [(label, connections, 'base', round(b)), (label, connections, 'new', round(n))]

print('\n| side | seconds until /health (median; each run) | idle RSS MB (median) |')
print('|---|---:|---:|')
for side in ('base', 'new'):
    rows = starts.get(side, [])
    if rows:
        each = ', '.join(f"{float(r['seconds_to_health']):.1f}" for r in rows)
        print(f"| {side} | {median(rows, 'seconds_to_health'):.1f} ({each}) | {median(rows, 'rss_mb_idle'):.0f} |")

with open(f'{out}/medians.csv', 'w', newline='') as file:
    csv.writer(file).writerows(medians)
