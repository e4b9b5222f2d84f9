#!/usr/bin/env bash
# Makes sure the browser tests have Debian's Chromium and ChromeDriver (never a downloaded browser).
# Installs them with apt-get when they are missing and this runs as root; otherwise says what to do.
# Usage: ensure-browser.sh CHROMIUM CHROMEDRIVER
set -euo pipefail
chromium=${1:-/usr/bin/chromium}
driver=${2:-/usr/bin/chromedriver}

if [ -x "$chromium" ] && [ -x "$driver" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium and ChromeDriver for the browser tests (Debian packages chromium, chromium-driver)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
  if [ -x "$chromium" ] && [ -x "$driver" ]; then
    exit 0
  fi
fi

cat >&2 <<MSG
The browser tests need Chromium at $chromium and ChromeDriver at $driver.
Install them with:  sudo apt-get install chromium chromium-driver
or point the build at yours:  ./mvnw verify -Dchromium.binary=/path/to/chromium -Dchromedriver.binary=/path/to/chromedriver
MSG
exit 1
