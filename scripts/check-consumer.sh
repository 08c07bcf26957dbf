#!/usr/bin/env bash
# Packs the library, installs the tarball into a fresh consumer project and checks that `import` and
# `require` of the root and every subpath work there, as they will for a user who ran `npm install`, and that
# the `athlete-accelerator` command (package.json `bin`) runs from the installed package.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)"
cd "$work"
npm init -y >/dev/null
npm install --silent --prefer-offline --no-audit --no-fund "./$tarball" >/dev/null
subpaths=(athlete-accelerator athlete-accelerator/core athlete-accelerator/eligibility athlete-accelerator/curriculum athlete-accelerator/accounting athlete-accelerator/matching athlete-accelerator/programme)
for subpath in "${subpaths[@]}"; do
  node --input-type=module -e "const m = await import('$subpath'); if (typeof m !== 'object') process.exit(1);"
  node --input-type=commonjs -e "const m = require('$subpath'); if (typeof m !== 'object') process.exit(1);"
done
node --input-type=module -e "
import { money, allocate } from 'athlete-accelerator/core';
const parts = allocate(money('10000', 'USD'), [1, 1, 1]);
if (!parts.ok || parts.value.map((p) => p.amount).join() !== '3333.34,3333.33,3333.33') process.exit(1);"
node --input-type=commonjs -e "
const { money, add } = require('athlete-accelerator');
if (add(money('0.10', 'USD'), money('0.20', 'USD')).amount !== '0.30') process.exit(1);"
node -e "require('athlete-accelerator/package.json')"
# The command line: help, version, and a real run on the sample data (`--no --`: never download, use the installed bin; without `--`, npm reads the options as its own).
help="$(npx --no -- athlete-accelerator --help)"
[[ "$help" == "Usage: athlete-accelerator <command>"* ]]
version="$(node -p "require('athlete-accelerator/package.json').version")"
[ "$(npx --no -- athlete-accelerator --version)" = "$version" ]
npx --no -- athlete-accelerator check --edition "$root/data/sample/edition.json" --applicants "$root/data/sample/athletes.json" --as-of 2026-12-01 --json \
  | node -e "const r = JSON.parse(require('fs').readFileSync(0, 'utf8')); if (r.summary.eligible !== 399) process.exit(1);"
echo "consumer check: import and require of ${#subpaths[@]} entry points and the athlete-accelerator command work from the packed tarball"
