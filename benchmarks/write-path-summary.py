#!/usr/bin/env python3
"""Medians and ratios of the runs benchmarks/write-path-ab.sh wrote.

Usage: benchmarks/write-path-summary.py OUT_DIR [CSV_FILE]
With CSV_FILE, also writes the medians as rows of chart,case,series,transfers_per_second for
bankcore.benchmarks.WritePathPlot.
Each JMH score here is the mean of one trial's iterations; the table gives, per case, the median
of those trial scores over the rounds, and every trial's score in brackets, so that the spread
stays visible. Ratios are of medians.
"""
import glob
import json
import os
import statistics
import sys
from collections import defaultdict

out = sys.argv[1]
csv_rows = []
scores = defaultdict(list)  # (side, benchmark, params) -> [score per round]
for path in sorted(glob.glob(os.path.join(out, '*.json'))):
    name = os.path.basename(path)[:-5]
    side = name.split('-', 2)[1]  # new | base
    threads_override = name.rsplit('-', 1)[-1] if '-callers-' in name else None
    try:
        results = json.load(open(path))
    except ValueError:
        continue  # a run still in progress writes its JSON only at the end
    for result in results:
        bench = result['benchmark'].split('.', 2)[-1]
        params = dict(result.get('params') or {})
        if threads_override:
            params['threads'] = threads_override
        else:
            params['threads'] = str(result['threads'])
        scores[(side, bench, tuple(sorted(params.items())))].append(result['primaryMetric']['score'])

median = {key: statistics.median(values) for key, values in scores.items()}


def get(side, bench, **params):
    for key, value in median.items():
        if key[0] == side and key[1] == bench and all(dict(key[2]).get(k) == v for k, v in params.items()):
            return value, scores[key]
    return None, []


def cell(value, values):
    return '—' if value is None else f"{value:,.0f} ({', '.join(f'{v:,.0f}' for v in values)})"


def ratio(a, b):
    return '—' if a is None or b is None else f'{a / b:.2f}'


print('## One caller, N transfers per durable commit (transfers/s; median of rounds, each round in brackets)\n')
print('| N | bankcore transferEach(N) | raw JDBC, bankcore schema | raw JDBC, minimal schema | vs raw bankcore schema | vs raw minimal | base jar transferEach(1000) | new / base |')
print('|---:|---:|---:|---:|---:|---:|---:|---:|')
for n, method in ((1, 'per_commit_0001'), (64, 'per_commit_0064'), (1000, 'per_commit_1000')):
    core = get('new', 'WritePathBenchmark.' + method, path='bankcore')
    raw = get('new', 'WritePathBenchmark.' + method, path='raw-bankcore-schema')
    minimal = get('new', 'WritePathBenchmark.' + method, path='raw-minimal-schema')
    base = get('base', 'BatchTransferBenchmark.transfer_each_of_1000') if n == 1000 else (None, [])
    for series, value in (('bankcore', core[0]), ('raw JDBC (bankcore schema)', raw[0]),
                          ('raw JDBC (minimal schema)', minimal[0]), ('bankcore at the base commit', base[0])):
        if value is not None:
            csv_rows.append(('per-commit', f'{n} per commit', series, value))
    print(f'| {n} | {cell(*core)} | {cell(*raw)} | {cell(*minimal)} | {ratio(core[0], raw[0])} | '
          f'{ratio(core[0], minimal[0])} | {cell(*base)} | {ratio(core[0], base[0])} |')

print('\n## Concurrent callers, one transfer each (transfers/s; median of rounds, each round in brackets)\n')
print('| callers | group commit | one per transaction | group / one-per-tx | base jar, group commit | base, one per tx | new / base (group commit) |')
print('|---:|---:|---:|---:|---:|---:|---:|')
for t, method in (('1', 'callers_001'), ('8', 'callers_008'), ('64', 'callers_064'), ('256', 'callers_256')):
    group = get('new', 'TransferThroughputBenchmark.' + method, commit='group-commit')
    single = get('new', 'TransferThroughputBenchmark.' + method, commit='one-per-transaction')
    base_group = get('base', 'TransferThroughputBenchmark.callers_01', commit='group-commit', threads=t)
    base_single = get('base', 'TransferThroughputBenchmark.callers_01', commit='one-per-transaction', threads=t)
    for series, value in (('group commit', group[0]), ('one per transaction', single[0]),
                          ('group commit at the base commit', base_group[0])):
        if value is not None:
            csv_rows.append(('callers', f'{t} callers', series, value))
    print(f'| {t} | {cell(*group)} | {cell(*single)} | {ratio(group[0], single[0])} | {cell(*base_group)} | '
          f'{cell(*base_single)} | {ratio(group[0], base_group[0])} |')

if len(sys.argv) > 2:
    with open(sys.argv[2], 'w') as csv:
        csv.write('chart,case,series,transfers_per_second\n')
        for row in csv_rows:
            csv.write(f'{row[0]},{row[1]},{row[2]},{row[3]:.0f}\n')
