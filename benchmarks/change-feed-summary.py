#!/usr/bin/env python3
"""Medians of change-feed-ab.sh's runs: the writers' transfers/s per variant against endpoints=0 of the
   same build (the median of the per-round ratios too), and how far webhook delivery kept up. Runs of
   AB_JAR are the "base" variants; the feed off is "feed off", when it ran.
   benchmarks/change-feed-summary.py OUT_DIR [OUT_DIR ...]"""
import glob
import os
import re
import statistics
import sys

SCORE = re.compile(r"^(\w+)\.callers_064\s.*\bthrpt\s+\d+\s+([\d.]+)", re.M)
NAME = re.compile(r"(\d+)-(base-)?(?:endpoints-(\d+)|feed-off)\.txt$")

scores = {}   # variant -> {(out, round): transfers/s}
delivery = {}
for out in sys.argv[1:]:
    for path in sorted(glob.glob(out + "/*.txt")):
        name = NAME.search(os.path.basename(path))
        if not name:
            continue
        text = open(path).read()
        found = SCORE.findall(text)
        if not found:
            continue  # a run still going, or one that failed
        side = "base " if name.group(2) else ""
        variant = "feed off" if name.group(3) is None else f"{side}endpoints={name.group(3)}"
        scores.setdefault(variant, {})[(out, name.group(1))] = float(found[-1][1])
        for line in text.splitlines():
            if "webhooks: endpoints=" in line:
                delivery.setdefault(variant, []).append(dict(re.findall(r"(\S+)=(\S+)", line)))


def reference(variant):
    return ("base " if variant.startswith("base ") else "") + "endpoints=0"


print("| variant | runs (transfers/s) | median | against endpoints=0: medians | per round | median of rounds |")
print("|---|---|---|---|---|---|")
for variant, runs in sorted(scores.items()):
    median = statistics.median(runs.values())
    zero = scores.get(reference(variant), {})
    line = f"| {variant} | {', '.join(f'{v:,.0f}' for v in runs.values())} | {median:,.0f} |"
    rounds = [runs[key] / zero[key] for key in runs if key in zero]
    if zero and variant != "feed off":
        line += (f" {median / statistics.median(zero.values()):.2f} | {', '.join(f'{r:.2f}' for r in rounds)} |"
                 f" {statistics.median(rounds):.2f} |")
    else:
        line += " | | |"
    print(line)
print()
print("| variant | events written/s | deliveries/s | still owed at the end (of written x endpoints) | caught up after (s) | receiver CPU, % of a core |")
print("|---|---|---|---|---|---|")
for variant, runs in sorted(delivery.items()):
    if variant.endswith("endpoints=0"):
        continue
    written = statistics.median(float(r["written/s"]) for r in runs)
    delivered = statistics.median(float(r["delivered/s"]) for r in runs)
    behind = ", ".join(f"{int(r['behind']):,} of {int(r['written']) * int(r['endpoints']):,}" for r in runs)
    caught = ", ".join(r["caught-up-after-s"] for r in runs)
    cpu = ", ".join(r.get("receiver-cpu-%", "–") for r in runs)
    print(f"| {variant} | {written:,.0f} | {delivered:,.0f} | {behind} | {caught} | {cpu} |")
