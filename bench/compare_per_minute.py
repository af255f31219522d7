#!/usr/bin/env python3
"""Compares the per-minute requests and 5xx of a `debrief analyze --format json` report with fastscan's -o CSV.

fastscan keys minutes by the log's local wall clock (days since 1970-01-01 and HH:MM); the report's intervals carry
the same local time with its offset. Minutes without valid lines are absent from fastscan's CSV and skipped here.
Exits 1 when any minute differs."""
import datetime
import json
import sys

report, csv = sys.argv[1], sys.argv[2]
ours = {}
for p in json.load(open(report))["intervals"]:
    if p["requests"] == 0:
        continue
    t = datetime.datetime.fromisoformat(p["start"])
    ours[((t.date() - datetime.date(1970, 1, 1)).days, t.strftime("%H:%M"))] = (p["requests"], p["server_errors"])
theirs = {}
for line in open(csv).read().splitlines()[1:]:
    day, hm, req, err = line.split(",")
    theirs[(int(day), hm)] = (int(req), int(err))
diff = [k for k in sorted(set(ours) | set(theirs)) if ours.get(k) != theirs.get(k)]
print(f"per-minute counts: {len(theirs)} minutes in fastscan, {len(ours)} in debrief, {len(diff)} differ")
for k in diff[:10]:
    print(f"  {k}: fastscan {theirs.get(k)}, debrief {ours.get(k)}")
sys.exit(1 if diff else 0)
