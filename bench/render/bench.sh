#!/usr/bin/env bash
# Benchmark: `debrief render` of a 600-word postmortem to HTML (lint panel included) with the published Native AOT CLI,
# measured by hyperfine. Also times Markdown and the diagram alone. Usage: bench/render/bench.sh
# Needs: clang and zlib1g-dev (Native AOT link), hyperfine (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=artifacts/bench-render
rm -rf "$out" && mkdir -p "$out"
dotnet publish src/Debrief.Cli/Debrief.Cli.csproj -c Release -r linux-x64 -p:PublishAot=true -o "$out/cli" -nologo -v q >/dev/null
cli="$out/cli/debrief"
doc=bench/render/postmortem-600-words.md
echo "document: $doc ($(wc -w < "$doc") words); CLI: $cli ($(du -h "$cli" | cut -f1))"
"$cli" render "$doc" -o "$out/page.html"
hyperfine --warmup 5 --runs 50 -N \
  --command-name "render html" "$cli render $doc -o $out/page.html" \
  --command-name "render html --no-lint" "$cli render $doc --no-lint -o $out/page-nolint.html" \
  --command-name "render md" "$cli render $doc --format md -o $out/page.md" \
  --command-name "render --diagram-only" "$cli render $doc --diagram-only -o $out/diagram.svg" \
  --command-name "version (process start)" "$cli version" \
  --export-markdown "$out/results.md"
cat "$out/results.md"
