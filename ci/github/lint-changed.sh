#!/usr/bin/env bash
# Lints the postmortems that a push or pull request changed and writes a SARIF log for GitHub code scanning
# (the logic of action.yml; runs anywhere with git and debrief, e.g. locally with a fake GITHUB_* environment).
#
# Environment (action.yml sets these from its inputs; all optional):
#   DEBRIEF          the debrief binary (default: debrief on PATH)
#   DEBRIEF_BASE     the commit to compare HEAD with: the pull request's base sha or the push's "before"
#   DEBRIEF_ALL      "true": lint every matching file, changed or not (also when DEBRIEF_BASE is empty or all zeros)
#   DEBRIEF_PATHS    where postmortems live: git pathspecs separated by spaces or newlines (default: the whole tree)
#   DEBRIEF_PATTERN  extended regular expression the paths must match (default: \.md$)
#   DEBRIEF_ARGS     more `debrief lint` arguments, split on spaces (e.g. "--profile sre --fail-level error")
#   DEBRIEF_SARIF    where to write the SARIF log (default: $RUNNER_TEMP/debrief.sarif, else ./debrief.sarif)
#   GITHUB_WORKSPACE the repository (default: the current directory)
#   GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ACTIONS   set by GitHub Actions: the outputs `files` (how many were
#                    linted), `sarif` (its path, empty when nothing was linted), `exit-code`; a summary table; annotations
# Exit: lint's exit code (0 clean, 1 findings at or above the fail level, 2 input error); with --defer-exit, 0 unless
# this script itself fails, so that the action can upload the SARIF log before failing on `exit-code`.
set -euo pipefail

defer_exit=0
case "${1:-}" in
  --defer-exit) defer_exit=1 ;;
  "") ;;
  *) echo "lint-changed.sh: unknown argument '$1' (the only one is --defer-exit)" >&2; exit 2 ;;
esac

die() { echo "lint-changed.sh: error: $1" >&2; exit 2; }
output() { [ -z "${GITHUB_OUTPUT:-}" ] || printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"; }

debrief="${DEBRIEF:-debrief}"
command -v "$debrief" >/dev/null 2>&1 || die "debrief not found ('$debrief'); install it with ./install.sh or set DEBRIEF"
cd "${GITHUB_WORKSPACE:-.}" || die "cannot enter ${GITHUB_WORKSPACE:-.}"
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || die "$(pwd) is not a git checkout"
sarif="${DEBRIEF_SARIF:-${RUNNER_TEMP:-.}/debrief.sarif}"
pattern="${DEBRIEF_PATTERN:-\.md$}"
read -r -d '' -a pathspecs <<<"${DEBRIEF_PATHS:-.}" || true
[ ${#pathspecs[@]} -gt 0 ] || pathspecs=(.)
read -r -d '' -a lint_args <<<"${DEBRIEF_ARGS:-}" || true

base="${DEBRIEF_BASE:-}"
if [ "${DEBRIEF_ALL:-false}" = true ] || [ -z "$base" ] || [[ "$base" =~ ^0+$ ]]; then
  echo "linting every file matching '$pattern' in ${pathspecs[*]}"
  mapfile -d '' candidates < <(git ls-files -z -- "${pathspecs[@]}")
else
  if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
    # A shallow checkout (actions/checkout's default) lacks the base: fetch just that commit.
    git fetch --quiet --no-tags --depth=1 origin "$base" 2>/dev/null || true
    git cat-file -e "$base^{commit}" 2>/dev/null ||
      die "the base commit $base is not in the checkout and could not be fetched (use actions/checkout with fetch-depth: 0)"
  fi
  echo "linting files matching '$pattern' in ${pathspecs[*]} changed since ${base:0:12}"
  mapfile -d '' candidates < <(git diff --name-only --diff-filter=ACMR -z "$base" HEAD -- "${pathspecs[@]}")
fi

files=()
for f in "${candidates[@]}"; do
  [ -f "$f" ] && [[ "$f" =~ $pattern ]] && files+=("$f")
done
output files "${#files[@]}"
if [ ${#files[@]} -eq 0 ]; then
  echo "no postmortems to lint"
  output sarif ""
  output exit-code 0
  [ -z "${GITHUB_STEP_SUMMARY:-}" ] || echo "**debrief lint**: no changed postmortems." >>"$GITHUB_STEP_SUMMARY"
  exit 0
fi
printf 'linting %s file(s):\n' "${#files[@]}"
printf '  %s\n' "${files[@]}"

mkdir -p "$(dirname "$sarif")"
status=0
"$debrief" lint --format sarif "${lint_args[@]}" -- "${files[@]}" >"$sarif" || status=$?
sarif="$(cd "$(dirname "$sarif")" && pwd)/$(basename "$sarif")"
output sarif "$sarif"
output exit-code "$status"

# The readable report for the log (and its score lines for the summary); annotations on the diff in GitHub.
report="$("$debrief" lint "${lint_args[@]}" -- "${files[@]}" 2>&1)" || true
printf '%s\n' "$report"
[ "${GITHUB_ACTIONS:-}" != true ] || "$debrief" lint --format github "${lint_args[@]}" -- "${files[@]}" || true
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  {
    echo "### debrief lint: ${#files[@]} postmortem(s), exit $status"
    echo
    echo "| file | score |"
    echo "|---|---:|"
    # shellcheck disable=SC2016 # the backquotes are Markdown, not a command
    printf '%s\n' "$report" | sed -nE 's/^(.+): score ([0-9]+)\/100.*$/| `\1` | \2 |/p'
  } >>"$GITHUB_STEP_SUMMARY"
fi
echo "SARIF log: $sarif (debrief lint exit $status)"
[ "$defer_exit" -eq 1 ] && exit 0
exit "$status"
