#!/usr/bin/env bash
# Package dist/Schrijfhulp (PyInstaller onedir) as dist/installer/Schrijfhulp-<version>-linux-<arch>.tar.gz
# with a .desktop file and icon. Run from the repository root after `python3 packaging/build.py`.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(python3 -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
arch=$(uname -m)
[ -d dist/Schrijfhulp ] || { echo "missing dist/Schrijfhulp: run python3 packaging/build.py first" >&2; exit 1; }
cp packaging/linux/schrijfhulp.desktop dist/Schrijfhulp/
cp schrijfhulp/resources/icons/schrijfhulp-256.png dist/Schrijfhulp/schrijfhulp.png
mkdir -p dist/installer
tar -C dist -czf "dist/installer/Schrijfhulp-${version}-linux-${arch}.tar.gz" Schrijfhulp
echo "built dist/installer/Schrijfhulp-${version}-linux-${arch}.tar.gz"
