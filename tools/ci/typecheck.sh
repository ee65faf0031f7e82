#!/usr/bin/env bash
# `npm run typecheck`: every TypeScript file, each checked once per set of compiler options.
#
# Checking project by project (nx run-many -t typecheck) re-checked the shared libraries inside
# every project that imports them (~25 passes over the same sources: 5–7 minutes on a 2-core
# machine). The node-side projects share one set of options, so one program covers them all;
# the web app (DOM, JSX, bundler resolution) is checked as the app and as its tests, as before.
# Two groups run side by side (tsc is single-threaded); each group's output is printed whole.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

tsc=node_modules/.bin/tsc
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

run_group() {
  local name=$1
  shift
  local start=$SECONDS rc=0
  for config in "$@"; do
    echo "--- tsc -p $config" >>"$out/$name.log"
    "$tsc" -p "$config" --noEmit >>"$out/$name.log" 2>&1 || rc=1
  done
  echo "--- $name: $([ $rc = 0 ] && echo ok || echo FAILED) in $((SECONDS - start))s" >>"$out/$name.log"
  return $rc
}

# Node side: libs/**, apps/api (+ integration), tools/db, tools/platform — then the browser tests and benchmarks (DOM lib).
run_group node tsconfig.typecheck.json apps/e2e/tsconfig.json tools/bench/tsconfig.json &
node_pid=$!
run_group web apps/web/tsconfig.app.json apps/web/tsconfig.spec.json &
web_pid=$!

rc=0
wait $node_pid || rc=1
wait $web_pid || rc=1
cat "$out/node.log" "$out/web.log"
exit $rc
