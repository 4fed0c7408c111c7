#!/usr/bin/env python3
# Usage: jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 40 profile.jfr > samples.txt
#        benchmarks/jfr-summary.py samples.txt bankcore-sqlite-writer
import re, sys, collections
# Summarizes `jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample` output: for one thread,
# which bankcore method (nearest on the stack) and which top frame the samples fall in.
path, thread = sys.argv[1], sys.argv[2]
text = open(path).read()
events = re.findall(r'(jdk\.\w+) \{\n(.*?)\n\}', text, re.S)
near = collections.Counter(); top = collections.Counter(); total = 0
for kind, body in events:
    m = re.search(r'sampledThread = "([^"]+)"', body)
    if not m or not re.fullmatch(thread, m.group(1)): continue
    frames = [f.strip() for f in re.findall(r'^\s{4}(\S.*)$', body, re.M) if '(' in f]
    frames = [re.sub(r' line: \d+', '', f) for f in frames]
    if not frames: continue
    total += 1
    top[re.sub(r'\(.*', '', frames[0])] += 1
    bc = next((f for f in frames if f.startswith('bankcore.') and 'GroupCommitWriter.lambda' not in f), 'other')
    near[re.sub(r'\(.*', '', bc)] += 1
print(f"thread {thread}: {total} samples (execution + native)")
print("\nnearest bankcore frame (inclusive of what it calls):")
for k, v in near.most_common(25): print(f"  {100*v/total:5.1f}%  {k}")
print("\ntop frame (self):")
for k, v in top.most_common(25): print(f"  {100*v/total:5.1f}%  {k}")

# Two nearest bankcore frames, to split generic helpers (update, one) by their caller.
pairs = collections.Counter(); total = 0
for kind, body in events:
    m = re.search(r'sampledThread = "([^"]+)"', body)
    if not m or not re.fullmatch(thread, m.group(1)): continue
    frames = [re.sub(r'\(.*', '', re.sub(r' line: \d+', '', f.strip())) for f in re.findall(r'^\s{4}(\S.*)$', body, re.M) if '(' in f]
    if not frames: continue
    total += 1
    bc = [f for f in frames if f.startswith('bankcore.') and 'lambda' not in f][:2]
    first_sqlite = next((f for f in frames if f.startswith('org.sqlite') or f.startswith('java.sql')), None)
    pairs[' <- '.join(bc) + ('  [sqlite]' if first_sqlite and frames.index(first_sqlite) < frames.index(bc[0]) else '') if bc else 'other'] += 1
print("\nnearest two bankcore frames ([sqlite]: time inside the driver/SQLite):")
for k, v in pairs.most_common(20): print(f"  {100*v/total:5.1f}%  {k}")
