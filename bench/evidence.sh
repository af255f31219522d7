#!/usr/bin/env bash
# Benchmark of `debrief analyze` against the reference scanner (fastscan -t 2) and GoAccess on a genlog.py file,
# and of the same file read as a stream (stdin pipe: the record reader, same parser, no parallel scan).
# Usage: bench/evidence.sh [LINES] [--goaccess] [--keep]
#   LINES      access-log lines to generate (default 5000000, about 1 GB; 25000000 is about 5.4 GB)
#   --goaccess also time GoAccess's default report (minutes on 1 GB; apt-get install goaccess)
#   --keep     keep the generated log (it is deleted at the end by default: disk)
# Needs: python3, gcc, clang + zlib1g-dev (Native AOT), /usr/bin/time. Writes results to $WORK/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared=${DEBRIEF_SHARED:-$root/../shared}
lines=5000000; goaccess=0; keep=0
for a in "$@"; do
  case "$a" in
    --goaccess) goaccess=1 ;;
    --keep) keep=1 ;;
    *) lines=$a ;;
  esac
done
work=${WORK:-/tmp/debrief-bench}
mkdir -p "$work"
log="$work/access-$lines.log"
results="$work/results.txt"
: > "$results"
say() { echo "$*" | tee -a "$results"; }

say "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ ! -s "$log" ]; then
  say "generating $lines lines (genlog.py --seed 42)"
  python3 "$shared/tools/genlog.py" "$lines" --seed 42 -o "$log" --truth "$work/truth-$lines.json" >/dev/null 2>&1
fi
say "input: $log, $(stat -c %s "$log") bytes"

gcc -O2 -march=native -pthread -o "$work/fastscan" "$shared/tools/fastscan.c"
# Native AOT; -march=native's counterpart for .NET is IlcInstructionSet=native (fastscan is built the same way)
dotnet publish src/Debrief.Cli -c Release -r linux-x64 -p:PublishAot=true -p:IlcInstructionSet=native -o "$work/aot" -v q -nologo >/dev/null
debrief="$work/aot/debrief"

cat "$log" > /dev/null   # warm page cache
run() { # name, command... : best of 3 wall times, with the CPU time and peak RSS of that run
  local name=$1; shift
  local best="" rss="" cpu=""
  for i in 1 2 3; do
    /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" > /dev/null
    read -r wall kb user sys < "$work/time.txt"
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN {exit !(a < b)}'; then best=$wall; rss=$kb; cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}'); fi
  done
  say "$(printf '%-34s wall %6.2f s (best of 3)   CPU %6.2f s   peak RSS %6.1f MB   load %s' "$name" "$best" "$cpu" "$(awk -v k="$rss" 'BEGIN {print k/1024}')" "$(cut -d' ' -f1-3 /proc/loadavg)")"
  echo "$best"
}
fs=$(run "fastscan -t 2" "$work/fastscan" -t 2 -o "$work/fastscan.csv" "$log" | tail -1)
fs1=$(run "fastscan -t 1" "$work/fastscan" -t 1 "$log" | tail -1)
db=$(run "debrief analyze (AOT, 2 threads)" "$debrief" analyze "$log" --format json -o "$work/report.json" | tail -1)
db1=$(run "debrief analyze (AOT, --threads 1)" "$debrief" analyze "$log" --threads 1 --format json -o "$work/report1.json" | tail -1)
say "$(awk -v d="$db" -v f="$fs" 'BEGIN {printf "ratio debrief / fastscan -t 2: %.2f (target <= 2.00)", d / f}')"
run "debrief analyze - (stdin pipe)" bash -c "cat '$log' | '$debrief' analyze - --format json -o '$work/report-stdin.json'" > /dev/null
python3 - "$work/report.json" "$work/report-stdin.json" <<'PY' | tee -a "$results"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for r in (a, b):
    r.pop("inputs")
    for reason in r["lines"]["malformed_reasons"]:
        for sample in reason["samples"]:
            sample.pop("input")
print("stdin report equals the file report (input names aside):", "yes" if a == b else "NO")
PY
python3 "$root/bench/compare_per_minute.py" "$work/report.json" "$work/fastscan.csv" | tee -a "$results"
"$work/fastscan" -t 2 "$log" | tee -a "$results"

if [ "$goaccess" = 1 ]; then
  if command -v goaccess >/dev/null; then
    /usr/bin/time -f "%e %M" -o "$work/time.txt" goaccess "$log" --log-format=COMBINED -o "$work/goaccess.html" >/dev/null 2>&1 || true
    read -r wall kb < "$work/time.txt"
    say "$(printf '%-34s wall %6.2f s (one run)      peak RSS %6.1f MB' "goaccess (default HTML report)" "$wall" "$(awk -v k="$kb" 'BEGIN {print k/1024}')")"
  else
    say "goaccess not installed (apt-get install goaccess)"
  fi
fi
[ "$keep" = 1 ] || rm -f "$log"
echo "== results ($results)"; cat "$results"
