#!/usr/bin/env bash
# The unit tests in a copy of the repository that has no ../shared beside it, as on a machine
# without the development data: every test file must load, and those that need the data must skip
# with their message (README: "Tests read real pages from ../shared/data where it is present").
# A copy rather than an environment variable, so that nothing that finds ../shared on its own
# (scripts the tests run, paths built by hand) can reach it.
#
#   bash scripts/unit-without-shared.sh [--worktree] [vitest arguments...]
#
# The copy holds the committed files (HEAD), or with --worktree the tracked files as they are now,
# in .no-shared/sourcelight (ignored by git and the linters, removed afterwards), whose ../shared is
# .no-shared/shared: absent. node_modules is hard-linked in, not symlinked: Vite serves a module
# outside the project's root by its /@fs/ path, which happy-dom test files then cannot load.
set -euo pipefail
cd "$(dirname "$0")/.."

from=HEAD
if [ "${1:-}" = "--worktree" ]; then
  from=worktree
  shift
fi

top="$PWD/.no-shared"
copy="$top/sourcelight"
rm -rf "$top"
trap 'rm -rf "$top"' EXIT
mkdir -p "$copy"
if [ "$from" = worktree ]; then
  git ls-files -z | xargs -0 tar -cf - | tar -xf - -C "$copy"
else
  git archive HEAD | tar -xf - -C "$copy"
fi
cp -al node_modules "$copy/node_modules" 2>/dev/null || cp -a node_modules "$copy/node_modules"
if [ -e "$top/shared" ]; then
  echo "unit-without-shared: $top/shared exists" >&2
  exit 2
fi

cd "$copy"
npx wxt prepare >/dev/null
npx vitest run "$@"
