#!/usr/bin/env bash
# Fuzzes the document pipeline with AFL++ and SharpFuzz for a while; crashes land in .fuzz/out/default/crashes.
# Usage: fuzz/run.sh [seconds=600]   (needs Debian's afl++ and `dotnet tool install -g SharpFuzz.CommandLine --version 2.3.0`)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
out=.fuzz
rm -rf "$out/bin" "$out/in" "$out/out" && mkdir -p "$out/in"
dotnet publish fuzz/Debrief.Fuzz -c Release -o "$out/bin" -v q -nologo
# Instrument the library under test (not the harness or the framework).
"${SHARPFUZZ:-$HOME/.dotnet/tools/sharpfuzz}" "$out/bin/Debrief.Core.dll"
# Seeds: the project's own fixtures (small, varied, no ../shared needed).
find tests -path '*/Fixtures/*' -not -path '*/bin/*' -not -path '*/obj/*' -name '*.md' -size -8k | sort | while read -r f; do cp "$f" "$out/in/$(echo "$f" | tr '/' '_')"; done
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
timeout --preserve-status "$seconds" afl-fuzz -i "$out/in" -o "$out/out" -t 10000 -m none -- dotnet "$out/bin/Debrief.Fuzz.dll" || true
stats="$out/out/default/fuzzer_stats"
[ -f "$stats" ] || { echo "fuzz: afl-fuzz did not start (no $stats)" >&2; exit 2; }
grep -E '^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|run_time)' "$stats"
crashes=$(ls "$out/out/default/crashes" 2>/dev/null | grep -vc README || true)
echo "crashes: $crashes (inputs in $out/out/default/crashes)"
[ "$crashes" = 0 ]
