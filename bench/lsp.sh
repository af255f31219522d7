#!/usr/bin/env bash
# Language server: Native AOT `debrief lsp` measured from the client side (bench/lsp_latency.py): diagnostics latency for the
# 600-word postmortem over 200 isolated edits and 20 typing bursts, and RSS after 1,000 edits; then the headless-neovim test
# against the same AOT binary. Results go to docs/benchmarks.md by hand.
# Usage: bench/lsp.sh   (needs clang, zlib1g-dev, python3, neovim)
set -euo pipefail
cd "$(dirname "$0")/.."
work=.bench/lsp
mkdir -p "$work"
dotnet publish src/Debrief.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -v q -nologo 2>&1 | tee "$work/publish.log"
if grep -qiE "warning (IL|AOT)" "$work/publish.log"; then echo "AOT/trim warnings in the publish (see $work/publish.log)"; exit 1; fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/lsp_latency.py "$work/aot/debrief" bench/render/postmortem-600-words.md --changes 200 --pause-ms 200 --edits 1000
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
DEBRIEF_LSP_BINARY="$(pwd)/$work/aot/debrief" dotnet test tests/Debrief.Lsp.Tests -c Release --filter "FullyQualifiedName~NeovimTests" --logger "console;verbosity=minimal"
