#!/usr/bin/env bash
# Installs what the kiosk needs: Debian's libraries for Qt (as root), a virtual environment,
# and the project with pinned versions (constraints.txt).
set -euo pipefail
venv="${1:-.venv}"

debs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
      fonts-dejavu-core libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
      libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 xvfb xauth
      poppler-utils zbar-tools xdotool)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then missing+=(python3-venv); fi
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "bootstrap: installing Debian packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
      echo "bootstrap: these Debian packages are missing (install them as root):" >&2
      echo "  apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
else
  echo "bootstrap: not a Debian system; make sure Qt's system libraries (EGL, GL, xkbcommon," >&2
  echo "  fontconfig, xcb-cursor), Xvfb, poppler-utils and zbar-tools are installed." >&2
fi

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev]'
