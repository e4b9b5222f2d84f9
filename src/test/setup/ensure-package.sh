#!/usr/bin/env bash
# Makes sure a command the fault tests use is there (e.g. age for the encrypted backups), from Debian's
# packages: installs it with apt-get when it is missing and this runs as root; otherwise says what to do.
# Usage: ensure-package.sh COMMAND PACKAGE
set -euo pipefail
command=$1
package=$2

if command -v "$command" >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing $package (Debian package) for $command"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "$package" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$package" >/dev/null; }
  command -v "$command" >/dev/null 2>&1 && exit 0
fi
echo "The fault tests need $command: sudo apt-get install $package" >&2
exit 1
