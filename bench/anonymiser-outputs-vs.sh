#!/bin/sh
# `bench/anonymiser-outputs-vs.sh [REF]`: whether this working tree's anonymiser gives byte-identical
# output to REF's (default: main) on the same texts: every tuning text (tests/eval/anonymiser*.jsonl,
# read alone, streamed and whole), the bench's workload (conversations of 20), texts without personal
# data and the unit tests' strings, all taken from this tree. REF is checked out detached in a
# temporary worktree (its node_modules hard-linked from this one), run through
# bench/anonymiser-outputs.ts --code, and removed again. Exit 0 when every group is the same.
set -eu
ref="${1:-main}"
here="$(cd "$(dirname "$0")/.." && pwd)"
before="$(mktemp -d /tmp/anonymiser-outputs-vs.XXXXXX)"
digests="$before.json"
cleanup() {
  git -C "$here" worktree remove --force "$before/tree" >/dev/null 2>&1 || true
  rm -rf "$before" "$digests"
}
trap cleanup EXIT
git -C "$here" worktree add --detach "$before/tree" "$ref" >/dev/null
cp -al "$here/node_modules" "$before/tree/"
cd "$here"
echo "outputs of $ref ($(git -C "$before/tree" rev-parse --short HEAD)) against this tree ($(git rev-parse --short HEAD), with its uncommitted changes)"
npx tsx bench/anonymiser-outputs.ts --code "$before/tree" >"$digests"
npx tsx bench/anonymiser-outputs.ts --against "$digests"
