#!/usr/bin/env bash
# Prepares a Debian/Ubuntu machine (a developer's, or CI's fresh one) for phase-report:
#   - Chromium to print PDFs (phase-report uses puppeteer-core, which never downloads a browser),
#   - fonts: Liberation (the metric-compatible text fonts) and Noto Color Emoji,
#   - poppler-utils (pdftotext, pdfinfo, pdffonts, pdftohtml) for the PDF tests,
# then installs the node modules from package-lock.json.
# Idempotent: apt runs only when a package is missing. Works as root, or through sudo.
# SETUP_SKIP_NPM=1 skips `npm ci` (e.g. when node_modules is in use by others).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

APT_PACKAGES=(chromium fonts-liberation fonts-noto-color-emoji poppler-utils)

log() { printf 'setup: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    log "need root (or sudo) to run: $*"
    return 1
  fi
}

is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

install_system_packages() {
  local missing=() pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    is_installed "$pkg" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    log "system packages present: ${APT_PACKAGES[*]}"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    log "no apt-get here: install ${missing[*]} yourself, or set PUPPETEER_EXECUTABLE_PATH to a Chrome/Chromium"
    return 1
  fi
  log "installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

install_node_modules() {
  if [ "${SETUP_SKIP_NPM:-}" = "1" ]; then
    log "SETUP_SKIP_NPM=1: not running npm ci"
    return 0
  fi
  log "npm ci (no browser download)"
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
}

report_browser() {
  local browser
  for browser in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$browser" ]; then
      log "browser: $browser ($("$browser" --version 2>/dev/null || echo 'version unknown'))"
      return 0
    fi
  done
  log "warning: no chromium in /usr/bin; set PUPPETEER_EXECUTABLE_PATH to print PDFs"
}

install_system_packages
install_node_modules
report_browser
log "done"
