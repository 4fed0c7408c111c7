#!/usr/bin/env python3
# Usage: jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 40 profile.jfr > samples.txt
#        benchmarks/jfr-summary.py samples.txt bankcore-sqlite-writer
import re, sys, collections
# Summarizes `jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample` output: for the threads whose
# name matches (a regular expression, e.g. 'default-eventLoopGroup-.*'), which bankcore method (nearest on
# the stack) and which top frame the samples fall in, and every frame's inclusive share.
path, thread = sys.argv[1], sys.argv[2]
text = open(path).read()
events = re.findall(r'(jdk\.\w+) \{\n(.*?)\n\}', text, re.S)


def stacks():
    """The sampled stacks of the thread, innermost frame first, as method names without line numbers."""
    for kind, body in events:
        m = re.search(r'sampledThread = "([^"]+)"', body)
        if not m or not re.fullmatch(thread, m.group(1)): continue
        frames = [re.sub(r'\(.*', '', re.sub(r' line: \d+', '', f.strip()))
                  for f in re.findall(r'^\s{4}(\S.*)$', body, re.M) if '(' in f]
        if frames: yield frames


samples = list(stacks())
total = len(samples)
near = collections.Counter(); top = collections.Counter()
for frames in samples:
    top[frames[0]] += 1
    near[next((f for f in frames if f.startswith('bankcore.') and 'GroupCommitWriter.lambda' not in f), 'other')] += 1
print(f"thread {thread}: {total} samples (execution + native)")
print("\nnearest bankcore frame (inclusive of what it calls):")
for k, v in near.most_common(25): print(f"  {100*v/total:5.1f}%  {k}")
print("\ntop frame (self):")
for k, v in top.most_common(25): print(f"  {100*v/total:5.1f}%  {k}")

# Two nearest bankcore frames, to split generic helpers (update, one) by their caller.
pairs = collections.Counter()
for frames in samples:
    bc = [f for f in frames if f.startswith('bankcore.') and 'lambda' not in f][:2]
    first_sqlite = next((f for f in frames if f.startswith('org.sqlite') or f.startswith('java.sql')), None)
    pairs[' <- '.join(bc) + ('  [sqlite]' if first_sqlite and frames.index(first_sqlite) < frames.index(bc[0]) else '') if bc else 'other'] += 1
print("\nnearest two bankcore frames ([sqlite]: time inside the driver/SQLite):")
for k, v in pairs.most_common(20): print(f"  {100*v/total:5.1f}%  {k}")

# Where time goes outside bankcore too (JWT parsing, JSON, validation on the HTTP threads): each frame's
# share of the samples it is on, leaving out the JDK and the plumbing that is on nearly every stack.
plumbing = re.compile(r'(java\.|jdk\.|sun\.|io\.netty\.|reactor\.core\.|io\.micronaut\.core\.|io\.micronaut\.http\.server\.netty\.)')
inclusive = collections.Counter(f for frames in samples for f in set(frames) if not plumbing.match(f))
print("\nframes by inclusive share (JDK, Netty, Reactor and Micronaut core left out):")
for k, v in inclusive.most_common(40): print(f"  {100*v/total:5.1f}%  {k}")
