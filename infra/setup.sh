#!/usr/bin/env bash
# Installs what building Pakn needs besides the .NET SDK, on Debian/Ubuntu: Node.js and npm
# (the build installs the official Bot Framework Web Chat bundle from the npm registry for the
# chat page at "/"; nothing is fetched from a CDN at run time).
#
#   bash infra/setup.sh && dotnet run --project host/Pakn.Host
set -euo pipefail

as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

if command -v node >/dev/null && command -v npm >/dev/null; then
  echo "==> Node.js $(node --version) and npm $(npm --version) already installed"
  exit 0
fi

echo "==> installing nodejs and npm (apt)"
as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
echo "==> Node.js $(node --version) and npm $(npm --version) installed"
