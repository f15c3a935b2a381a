#!/usr/bin/env bash
# Installs the Debian packages the tests use, where they are missing:
# - chromium: the browser for end-to-end tests (Playwright's own download does not work
#   offline); CHROMIUM_PATH may point at another Chromium instead;
# - faketime: moves a server's clock forward to test that scheduled items publish themselves;
# - nginx and redis-server: the production topology (deploy/, `npm run serve:cluster`), which
#   the end-to-end and integration tests start on loopback ports (never as system services);
# - wrk: `npm run bench`'s second load client, light enough not to be the limit itself.
set -euo pipefail
packages=()
if ! { [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; } &&
  [ ! -x /usr/bin/chromium ] && [ ! -x /usr/bin/chromium-browser ]; then
  packages+=(chromium)
fi
command -v faketime >/dev/null || packages+=(faketime)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null || packages+=(nginx)
command -v redis-server >/dev/null || packages+=(redis-server)
command -v wrk >/dev/null || packages+=(wrk)
[ ${#packages[@]} -eq 0 ] && exit 0
sudo=""
if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}"
