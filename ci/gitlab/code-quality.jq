# Turns `debrief lint --format json` (docs/lint-json.md) into a GitLab Code Quality report (artifacts:reports:codequality).
# Usage: debrief lint --format json postmortems/ | jq -f ci/gitlab/code-quality.jq > gl-code-quality-report.json
[ .[] as $file
  | $file.findings[]
  | {
      description: "\(.rule) \(.name): \(.message)",
      check_name: .rule,
      fingerprint: "debrief:\($file.path):\(.rule):\(.line):\(.column):\(.message)",
      severity: ({ "error": "major", "warning": "minor", "info": "info" }[.severity] // "minor"),
      location: { path: $file.path, lines: { begin: .line } }
    }
]
