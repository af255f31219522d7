#!/usr/bin/env bash
# One-file `debrief lint` as users run it, in one hyperfine run: the binary ./install.sh installs (Native AOT), the
# dotnet tool installed from the locally packed packages (Debrief.Tool -> the Native AOT linux-x64 package), and the
# framework-dependent fallback package (Debrief.Tool.any, what other platforms get). Median wall time from hyperfine's JSON.
# Results go to docs/benchmarks.md by hand.
# Usage: bench/installed.sh [shared-dir]   (needs hyperfine, python3, and what install.sh needs)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-${DEBRIEF_SHARED:-../shared}}
work=.bench/installed
rm -rf "$work/tool" "$work/tool-any"
mkdir -p "$work"

./install.sh --prefix "$work/prefix"
./install.sh --pack "$work/packages"
dotnet tool install --tool-path "$work/tool" --add-source "$work/packages" Debrief.Tool >/dev/null
dotnet tool install --tool-path "$work/tool-any" --add-source "$work/packages" Debrief.Tool.any >/dev/null

files=(bench/render/postmortem-600-words.md)
[ -f "$shared/corpus/industry/001.md" ] && files+=("$shared/corpus/industry/001.md")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "install.sh binary: $(stat -c %s "$work/prefix/bin/debrief") bytes; tool shim: $(readlink "$work/tool/debrief" || echo "not a link")"
commands=()
for f in "${files[@]}"; do
  commands+=("$work/prefix/bin/debrief lint $f" "$work/tool/debrief lint $f" "$work/tool-any/debrief lint $f")
done
commands+=("$work/prefix/bin/debrief --version" "$work/tool/debrief --version" "$work/tool-any/debrief --version")
hyperfine -N -i --warmup 5 --runs 50 --export-json "$work/hyperfine.json" "${commands[@]}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/hyperfine.json" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"median {r['median'] * 1000:7.1f} ms  mean {r['mean'] * 1000:7.1f} ms  min {r['min'] * 1000:6.1f} ms  "
          f"user {r['user'] * 1000:5.1f} ms  sys {r['system'] * 1000:5.1f} ms  {r['command']}")
EOF
