#!/usr/bin/env python3
"""Medians of change-feed-ab.sh's runs: the writers' transfers/s per variant against endpoints=0 (and
   the feed off, when it ran), and how far webhook delivery kept up.
   benchmarks/change-feed-summary.py OUT_DIR [OUT_DIR ...]"""
import glob
import json
import re
import statistics
import sys

scores = {}
delivery = {}
for out in sys.argv[1:]:
    for path in sorted(glob.glob(out + "/*.json")):
        for result in json.load(open(path)):
            variant = "feed off" if "TransferThroughput" in result["benchmark"] else \
                "endpoints=" + result["params"]["endpoints"]
            scores.setdefault(variant, []).append(result["primaryMetric"]["score"])
    for path in sorted(glob.glob(out + "/*.txt")):
        for line in open(path):
            if "webhooks: endpoints=" in line:
                fields = dict(re.findall(r"(\S+)=(\S+)", line))
                delivery.setdefault("endpoints=" + fields["endpoints"], []).append(fields)
base = statistics.median(scores["endpoints=0"])
print("| variant | runs (transfers/s) | median | against endpoints=0 |")
print("|---|---|---|---|")
for variant, values in sorted(scores.items()):
    median = statistics.median(values)
    print(f"| {variant} | {', '.join(f'{v:,.0f}' for v in values)} | {median:,.0f} | {median / base:.3f} |")
print()
print("| variant | events written/s | deliveries/s | still owed at the end (of written x endpoints) | caught up after (s) |")
print("|---|---|---|---|---|")
for variant, runs in sorted(delivery.items()):
    if variant == "endpoints=0":
        continue
    written = statistics.median(float(r["written/s"]) for r in runs)
    delivered = statistics.median(float(r["delivered/s"]) for r in runs)
    behind = ", ".join(f"{int(r['behind']):,} of {int(r['written']) * int(r['endpoints']):,}" for r in runs)
    caught = ", ".join(r["caught-up-after-s"] for r in runs)
    print(f"| {variant} | {written:,.0f} | {delivered:,.0f} | {behind} | {caught} |")
