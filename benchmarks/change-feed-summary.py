#!/usr/bin/env python3
"""Medians of change-feed-ab.sh's runs: transfers/s per variant, and each variant against the feed off.
   benchmarks/change-feed-summary.py OUT_DIR [OUT_DIR ...]"""
import glob
import json
import statistics
import sys

scores = {}
for path in sorted(p for out in sys.argv[1:] for p in glob.glob(out + "/*.json")):
    for result in json.load(open(path)):
        variant = "feed off" if "TransferThroughput" in result["benchmark"] else \
            "feed on, readers=" + result["params"]["readers"]
        scores.setdefault(variant, []).append(result["primaryMetric"]["score"])
off = statistics.median(scores["feed off"])
print("| variant | runs (transfers/s) | median | against feed off |")
print("|---|---|---|---|")
for variant, values in scores.items():
    median = statistics.median(values)
    print(f"| {variant} | {', '.join(f'{v:,.0f}' for v in values)} | {median:,.0f} | {median / off:.3f} |")
