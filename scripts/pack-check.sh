#!/usr/bin/env bash
# A user's first install: pack the package, install the tarball in an empty folder (no browser is
# downloaded: phase-report depends on puppeteer-core and finds the system Chromium), then run
# `npx phase-report build` on a fixture and check what it wrote. Exit 0 when all is well.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "pack check: $*" >&2; exit 1; }

cd "$root"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
[ -f "$work/$tarball" ] || fail "npm pack wrote no tarball"

mkdir "$work/app" && cd "$work/app"
npm init -y >/dev/null
# no PUPPETEER_SKIP_DOWNLOAD here: the install itself must not fetch a browser
env -u PUPPETEER_SKIP_DOWNLOAD HOME="$work/home" npm install --no-audit --no-fund "$work/$tarball" >/dev/null
[ ! -e "$work/home/.cache/puppeteer" ] || fail "the install downloaded a browser into ~/.cache/puppeteer"
[ ! -d node_modules/puppeteer ] || fail "puppeteer (with its browser download) was installed; only puppeteer-core should be"

cp -r "$root/fixtures/sequence" reports
npx --no-install phase-report build reports -o site --quiet --json > manifest.json
for f in index.html history.html phase-7.html phase-4--phase-5.diff.html phase-7.next.md phase-7.pdf; do
  [ -s "site/$f" ] || fail "site/$f is missing"
done
head -c 5 site/phase-7.pdf | grep -q '%PDF-' || fail "site/phase-7.pdf is not a PDF"
node -e '
  const m = JSON.parse(require("fs").readFileSync("manifest.json", "utf8"));
  const files = require("fs").readdirSync("site");
  if (m.outputs.length !== files.length) throw new Error(`manifest lists ${m.outputs.length} outputs, site/ holds ${files.length}`);
' || fail "the --json manifest does not match site/"
# a second run with nothing changed writes nothing
npx --no-install phase-report build reports -o site --quiet --json > again.json
node -e '
  const m = JSON.parse(require("fs").readFileSync("again.json", "utf8"));
  const w = m.outputs.filter((o) => o.written);
  if (w.length) throw new Error(`second run wrote ${w.map((o) => o.path).join(", ")}`);
' || fail "the second run rewrote files"
echo "pack check: $tarball installs without a browser download and builds $(ls site | wc -l) files"
