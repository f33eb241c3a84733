#!/usr/bin/env bash
# Exercises scripts/slurm/bibench-array.sbatch on a real Slurm: a single-node cluster on this
# machine (slurmctld + slurmd on localhost, munge authentication), the smoke suite submitted as a
# 2-task array plus its merge job, and the merged rows checked against an unsharded smoke run of
# the same commit (every non-timing row identical, every cell once).
#
#   scripts/slurm/test-slurm.sh            # as root on Debian/Ubuntu; about 3 minutes on 2 cores
#   mvn -B verify -Pslurm                  # the same, after the build
#
# Installs Debian's slurm-wlm and munge with apt-get when absent. Slurm runs from a private
# configuration (SLURM_CONF, ports 16817/16818, state under target/slurm-test), so a system Slurm
# is left alone; the daemons it starts are stopped at the end (BIBENCH_SLURM_KEEP=1 keeps them).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/target/slurm-test"
started=()
t0=$SECONDS

fail() {
  echo "FAIL: $1" >&2
  exit 1
}

step() {
  echo "== [$((SECONDS - t0)) s] $1"
}

stop_daemons() {
  if [ "${BIBENCH_SLURM_KEEP:-0}" = 1 ]; then
    echo "leaving the daemons running (BIBENCH_SLURM_KEEP=1): ${started[*]:-none}"
    return
  fi
  local pidfile
  for pidfile in "${started[@]}"; do
    if [ -s "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null; then
      echo "stopped $(basename "$pidfile" .pid)"
    fi
  done
}
trap stop_daemons EXIT

[ "$(id -u)" = 0 ] || fail "needs root (it installs packages and starts slurmd as root). Fix: sudo $0"

step "packages"
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
  command -v apt-get >/dev/null || fail "slurm-wlm and munge are not installed and there is no apt-get. Fix: install them"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q slurm-wlm munge >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y -q slurm-wlm munge >/dev/null; } \
    || fail "apt-get install slurm-wlm munge failed"
fi
echo "$(slurmctld -V), munge $(dpkg-query -W -f '${Version}' munge 2>/dev/null || echo '?')"

step "munge"
# munged refuses to run as root; as the munge user it needs these folders to be its own.
install -d -o munge -g munge -m 0755 /run/munge
install -d -o munge -g munge -m 0700 /var/log/munge /etc/munge /var/lib/munge
if [ ! -s /etc/munge/munge.key ]; then
  if command -v mungekey >/dev/null; then
    runuser -u munge -- mungekey --create
  else
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=1024 2>/dev/null
  fi
fi
chown munge:munge /etc/munge/munge.key
chmod 0400 /etc/munge/munge.key
if munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  echo "munged already running"
else
  runuser -u munge -- /usr/sbin/munged
  started+=(/run/munge/munged.pid)
  for _ in $(seq 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
  munge -n | unmunge >/dev/null || fail "munged does not answer (see /var/log/munge/munged.log)"
  echo "munged started as user munge"
fi

step "slurm (single node on localhost, 2 CPUs)"
rm -rf "$work"
mkdir -p "$work/state/ctld" "$work/state/d" "$work/log"
node="$(hostname -s)"
export SLURM_CONF="$work/slurm.conf"
cat >"$SLURM_CONF" <<EOF
ClusterName=bibench-test
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$work/state/ctld
SlurmdSpoolDir=$work/state/d
SlurmctldPidFile=$work/state/slurmctld.pid
SlurmdPidFile=$work/state/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
SwitchType=switch/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
MinJobAge=900
NodeName=$node NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=test Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld -f "$SLURM_CONF"
started+=("$work/state/slurmctld.pid")
slurmd -f "$SLURM_CONF"
started+=("$work/state/slurmd.pid")
for _ in $(seq 120); do
  [ "$(sinfo -h -o %T 2>/dev/null)" = idle ] && break
  sleep 0.5
done
[ "$(sinfo -h -o %T 2>/dev/null)" = idle ] || fail "node $node is not idle: $(sinfo 2>&1). Logs: $work/log/"
sinfo

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export BIBENCH_THREADS=1
# No cross-run FP32 cache: every run (reference and shards) trains its own models, so equal rows
# show that a shard reproduces the unsharded run, not that both read one cached model.
export BIBENCH_CACHE=off
step "unsharded smoke run (the reference)"
"$root/scripts/bibench" run --suite smoke --out "$work/whole" --warn-only >"$work/whole.log"
grep -m1 '^BiBench-J run' "$work/whole.log"

step "smoke as a 2-task array through scripts/slurm/bibench-array.sbatch"
submitted=$(BIBENCH_SUITE=smoke BIBENCH_SHARDS=2 BIBENCH_OUT="$work/sharded" \
  "$root/scripts/slurm/bibench-array.sbatch" --cpus-per-task=1 --time=30:00)
echo "$submitted"
array=$(sed -n 's/.*array job \([0-9]*\).*/\1/p' <<<"$submitted" | head -n 1)
merge=$(sed -n 's/.*merge job \([0-9]*\).*/\1/p' <<<"$submitted" | head -n 1)
[ -n "$array" ] && [ -n "$merge" ] || fail "could not read the job ids from: $submitted"
deadline=$((SECONDS + 1200))
while [ -n "$(squeue -h -j "$array,$merge" 2>/dev/null)" ]; do
  [ $SECONDS -lt $deadline ] || fail "jobs $array and $merge still queued or running after 20 min: $(squeue)"
  sleep 2
done
for job in "${array}_1" "${array}_2" "$merge"; do
  state=$(scontrol show job "$job" | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p')
  echo "job $job: $state"
  if [ "$state" != COMPLETED ]; then
    tail -n 20 "$work"/sharded/logs/*.out >&2 || true
    fail "job $job ended $state (logs: $work/sharded/logs)"
  fi
done
for k in 1 2; do
  echo "shard $k: $(grep -m1 '^BiBench-J run' "$work/sharded/logs/shard-$k.out")"
done
grep '^merged' "$work/sharded/logs/merge.out"

step "merged rows against the unsharded run"
"$JAVA_HOME/bin/java" "$root/scripts/ci/RowsEqual.java" \
  "$work/sharded/merged/results.csv" "$work/whole/latest/results.csv"
step "done: the sbatch file ran on Slurm and the merged rows equal the unsharded run's"
