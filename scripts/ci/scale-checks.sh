#!/usr/bin/env bash
# The scale-out files exercised as users run them (run by .ci/run; about 7 minutes on 2 cores):
#  1. .github/workflows/*.yml linted by actionlint;
#  2. the run steps of the workflow's smoke job replayed as they are (build, smoke run, report,
#     export, gate);
#  3. scripts/slurm/bibench-array.sbatch on a real single-node Slurm (installed when absent; root);
#  4. the containers of deploy/kubernetes/bibench-indexed-job.yaml run locally, one per index.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
start=$SECONDS
echo "=== scale checks: workflow lint"
scripts/ci/lint-workflows.sh
echo "=== scale checks: the smoke job of .github/workflows/bench.yml"
mkdir -p target
node scripts/ci/workflow-steps.mjs .github/workflows/bench.yml smoke >target/ci-smoke-steps.sh
bash target/ci-smoke-steps.sh
echo "=== scale checks: Slurm"
bash scripts/slurm/test-slurm.sh
echo "=== scale checks: Kubernetes Indexed Job, containers run locally"
bash deploy/kubernetes/test-local.sh target/slurm-test/whole/latest/results.csv
echo "=== scale checks passed in $((SECONDS - start)) s"
