#!/usr/bin/env python3
# Usage: benchmarks/seeder-summary.py OUT_DIR  (after benchmarks/seeder-ab.sh)
# Medians per side of the wall time, the seeder's transfer phase and its finishing phase (when it
# reports one), the new/base ratio of the wall times, and the load averages seen.
import glob, os, re, statistics, sys

out = sys.argv[1]
sides = {}
loads = []
for path in sorted(glob.glob(os.path.join(out, '*-*.txt'))):
    side = os.path.basename(path).split('-', 1)[1][:-4]
    text = open(path).read()
    wall = float(re.search(r'^wall: ([\d.]+) s', text, re.M).group(1))
    ok = re.search(r'^exit: 0$', text, re.M) is not None and 'Verified: all 5 invariants hold.' in text
    phase = re.search(r'transfers ([\d.]+) s \(([\d,]+) transfers/s', text)
    sides.setdefault(side, []).append((wall, float(phase.group(1)) if phase else None, ok))
    loads += re.findall(r'load average: ([\d.]+)', text)
for side, runs in sorted(sides.items()):
    walls = [w for w, _, _ in runs]
    phases = [p for _, p, _ in runs if p is not None]
    print(f"{side}: {len(runs)} runs, all verified: {all(ok for _, _, ok in runs)}; wall {walls} s, "
          f"median {statistics.median(walls):.1f} s; transfer phase median {statistics.median(phases):.1f} s")
if 'base' in sides and 'new' in sides:
    base = statistics.median([w for w, _, _ in sides['base']])
    new = statistics.median([w for w, _, _ in sides['new']])
    print(f"new/base wall time: {new / base:.2f} (speed-up {base / new:.2f}x)")
loads = [float(l) for l in loads]
print(f"load averages (1 min) seen before and after the runs: {min(loads):.1f} to {max(loads):.1f}")
