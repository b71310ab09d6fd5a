#!/usr/bin/env bash
# Byte-identity check for changes that must not change output (speed work, refactors):
#   benchmarks/snapshot.sh TREE OUTDIR   the JSON Lines of `entities` (plain, -u, --generic-orgs),
#                                        `quotes` and `segment` of TREE's src/ on the Wikinews corpus,
#                                        the releases, both dev sets and the seed
#   diff -r OUTDIR_BEFORE OUTDIR_AFTER   empty when nothing changed
# SHARED (default: ../shared beside this checkout) holds the corpora; PYTHON the interpreter.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
src=$(cd "$1" && pwd)/src
out=$2
shared=${SHARED:-$here/../shared}
python=${PYTHON:-python}
mkdir -p "$out"
run() { PYTHONPATH=$src "$python" -m pressrel "$@"; }
inputs=(
  wikinews:$shared/corpus/wikinews-ru.jsonl releases:$shared/corpus/releases
  nereldev:$shared/eval/nerel/dev.jsonl factrudev:$shared/eval/factru/dev.jsonl seed:$here/seeds
)
for item in "${inputs[@]}"; do
  name=${item%%:*} path=${item#*:}
  format=()
  case $path in *.jsonl) format=(--input-format jsonl) ;; esac
  run entities "${format[@]}" "$path" -f jsonl -j 1 >"$out/$name.entities.jsonl"
  run entities "${format[@]}" "$path" -f jsonl -j 1 -u >"$out/$name.entities-u.jsonl"
  run entities "${format[@]}" "$path" -f jsonl -j 1 --generic-orgs >"$out/$name.entities-g.jsonl"
  run quotes "${format[@]}" "$path" -f jsonl -j 1 >"$out/$name.quotes.jsonl"
  run segment "${format[@]}" "$path" -f jsonl -j 1 >"$out/$name.segment.jsonl"
done
