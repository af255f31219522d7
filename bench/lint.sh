#!/usr/bin/env bash
# Lint speed: Native AOT `debrief lint` on one file (hyperfine) and on the shared corpus replicated to 5,000 files,
# compared in the same run with markdownlint-cli2 (npm) over the same files; CPU time and peak RSS from GNU time.
# Results go to docs/benchmarks.md by hand.
# Usage: bench/lint.sh [shared-dir]   (needs hyperfine, node/npm, clang, zlib1g-dev; installs markdownlint-cli2 into .bench/mdl)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-${DEBRIEF_SHARED:-../shared}}
work=.bench/lint
mkdir -p "$work"
dotnet publish src/Debrief.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -v q -nologo
[ -x .bench/mdl/node_modules/.bin/markdownlint-cli2 ] || (mkdir -p .bench/mdl && cd .bench/mdl && npm install --silent markdownlint-cli2@0.22.0)
rm -rf "$work/5k" && mkdir -p "$work/5k"
i=0
while [ $i -lt 5000 ]; do
  for f in "$shared"/corpus/student/*.md "$shared"/corpus/industry/*.md "$shared"/corpus/templates/*.md; do
    [ $i -ge 5000 ] && break
    d="$work/5k/$((i / 500))"; mkdir -p "$d"; cp "$f" "$d/$i-$(basename "$f")"; i=$((i + 1))
  done
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "files: $(find "$work/5k" -name '*.md' | wc -l), $(du -sh "$work/5k" | cut -f1)"
hyperfine -N -i --warmup 3 --runs 30 "$work/aot/debrief version" "$work/aot/debrief lint $shared/corpus/industry/001.md"
hyperfine -N -i --warmup 1 --runs 3 \
  "$work/aot/debrief lint --format json $work/5k" \
  "$work/aot/debrief lint --format json --jobs 1 $work/5k" \
  ".bench/mdl/node_modules/.bin/markdownlint-cli2 $work/5k/**/*.md"
for cmd in "$work/aot/debrief lint --format json $work/5k" ".bench/mdl/node_modules/.bin/markdownlint-cli2 $work/5k/**/*.md"; do
  /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB peak RSS: $cmd" $cmd > /dev/null 2> "$work/time.txt" || true
  tail -1 "$work/time.txt"
done
