#!/usr/bin/env python3
# Usage: jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 64 seeder.jfr > samples.txt
#        benchmarks/jfr-statements.py samples.txt
# The SQLite writer thread's samples by what it was doing: the line of GroupWrites that runs each batched
# statement (see that file for which line is which table), the line of GroupCommitWriter.commitUnlessOneBreaks
# (deciding the commands in memory, or COMMIT), or a bulk load's finish.
import re, sys, collections
text = open(sys.argv[1]).read()
events = re.findall(r'(jdk\.\w+) \{\n(.*?)\n\}', text, re.S)
c = collections.Counter(); total = 0
for kind, body in events:
    m = re.search(r'sampledThread = "([^"]+)"', body)
    if not m or m.group(1) != 'bankcore-sqlite-writer': continue
    total += 1
    frames = re.findall(r'^\s{4}(\S.*)$', body, re.M)
    key = 'other'
    for f in frames:
        mm = re.match(r'bankcore\.persistence\.sqlite\.GroupWrites\.(write|writeEvents)\(.*line: (\d+)', f)
        if mm: key = f'GroupWrites.{mm.group(1)} line {mm.group(2)}'; break
        if 'commitUnlessOneBreaks' in f and 'COMMIT' not in key:
            key = 'commitUnlessOneBreaks ' + re.sub(r'.*line: (\d+).*', r'line \1', f); break
        if 'BulkLoad' in f: key = 'BulkLoad.' + f.split('BulkLoad.')[1].split('(')[0]; break
    c[key] += 1
print(f"writer samples: {total}")
for k, n in c.most_common(25): print(f"{100*n/total:6.1f}%  {n:5d}  {k}")
