#!/usr/bin/env bash
# A 1000-seed quick sweep of the whole catalog as a Slurm job array of 16 tasks, then merged.
#
#   swift build -c release --product provable             # once, before submitting
#   sbatch --array=1-16 Examples/ci/slurm-sweep.sh        # the shards
#   sbatch --dependency=afterany:<JOBID> --wrap 'bash Examples/ci/slurm-sweep.sh merge'
#
# Run from a Provable checkout (or your own package, with its executable instead of provable).
#SBATCH --job-name=provable-sweep
#SBATCH --cpus-per-task=2
#SBATCH --time=01:00:00
#SBATCH --output=provable-sweep-%A_%a.log
set -euo pipefail
SHARDS=16
SEEDS=1...1000
OUT=${PROVABLE_SWEEP_DIR:-sweep-shards}
mkdir -p "$OUT"
PROVABLE=.build/release/provable
[ -x "$PROVABLE" ] || { echo "build first: swift build -c release --product provable" >&2; exit 2; }
if [ "${1:-}" = merge ]; then
  exec "$PROVABLE" merge "$OUT"/shard-*.json --output "$OUT/sweep.json"
fi
: "${SLURM_ARRAY_TASK_ID:?run as a job array: sbatch --array=1-$SHARDS $0}"
# Exit status 1 means something was refuted in this shard: keep the report, let the merge decide.
"$PROVABLE" sweep --seeds "$SEEDS" --scale quick --jobs "${SLURM_CPUS_PER_TASK:-2}" \
  --shard "$SLURM_ARRAY_TASK_ID/$SHARDS" --format json --output "$OUT/shard-$SLURM_ARRAY_TASK_ID.json" || test $? -eq 1
