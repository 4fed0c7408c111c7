#!/usr/bin/env python3
# Usage: benchmarks/jmh-ab-summary.py OUT_DIR  (after benchmarks/jmh-ab.sh)
# Per benchmark and parameters: each side's scores by round, their medians, and new/base.
import glob, json, os, re, statistics, sys
out = sys.argv[1]
scores = {}


def shown(score):
    """Throughput in whole operations, times (ms per call) to the microsecond."""
    return f"{score:,.0f}" if score >= 100 else f"{score:.3f}"


for path in sorted(glob.glob(os.path.join(out, '*.json'))):
    m = re.match(r'(\d+)-(base|new)-', os.path.basename(path))
    if os.path.getsize(path) == 0:  # a run still going, or one that failed
        continue
    for result in json.load(open(path)):
        key = result['benchmark'].split('.')[-1] + ' ' + ' '.join(f"{k}={v}" for k, v in sorted(result.get('params', {}).items()))
        scores.setdefault(key, {}).setdefault(m.group(2), []).append(result['primaryMetric']['score'])
for key, sides in sorted(scores.items()):
    line = key
    for side in ('base', 'new'):
        if side in sides:
            line += (f" | {side} [{', '.join(shown(s) for s in sides[side])}]"
                     f" median {shown(statistics.median(sides[side]))}")
    if 'base' in sides and 'new' in sides:
        line += f" | new/base {statistics.median(sides['new']) / statistics.median(sides['base']):.2f}"
    print(line)
loads = [float(l.split(': ')[1].split()[0]) for l in open(os.path.join(out, 'load.txt')) if ': ' in l]
print(f"load average (1 min) before each run: {min(loads):.1f} to {max(loads):.1f}")
