#!/usr/bin/env bash
# Production smoke: the operator's path of docs/deploy.md, m365agents.yml and the Dockerfile (build, drop the
# development dependencies, start), in a temporary copy of the repository's tracked files with a copy of node_modules
# (a second `npm ci` would cost minutes and test npm, not us). Then .ci/prod-smoke.mjs starts `npm run start:prod`
# there with Teams SSO (placeholder ids) on SQLite and checks what a first day needs. Exits non-zero on any failure.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
started=$(date +%s)
work=$(mktemp -d "${TMPDIR:-/tmp}/cap-mandat-prod-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
app="$work/app"
mkdir -p "$app"

echo "-- copy of the tracked files and of node_modules into $app"
(cd "$repo" && git ls-files -z --cached | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done | xargs -0 cp --parents -t "$app")
# node_modules may be a symlink (a worktree): copy what it points at.
cp -a "$repo/node_modules/." "$app/node_modules/"

cd "$app"
echo "-- npm run build"
npm run build --silent >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
echo "-- npm prune --omit=dev"
npm prune --omit=dev --no-audit --no-fund >"$work/prune.log" 2>&1 || { cat "$work/prune.log"; exit 1; }
for dev in typescript vite jest tsx eslint; do
  if [ -e "node_modules/$dev" ]; then echo "prune left the development dependency $dev in place" >&2; exit 1; fi
done

# The checks run from the repository (they need its test tooling); the server runs from the pruned copy.
"$repo/node_modules/.bin/tsx" "$repo/.ci/prod-smoke.mjs" "$app"
echo "production smoke: passed in $(( $(date +%s) - started )) s"
