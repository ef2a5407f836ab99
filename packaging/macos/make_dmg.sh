#!/usr/bin/env bash
# Sign, notarise and package dist/Schrijfhulp.app as dist/installer/Schrijfhulp-<version>.dmg.
# Run on macOS from the repository root after `python3 packaging/build.py`.
#
# Signing and notarisation run when these environment variables are set (CI secrets, never
# in the repository); without them the dmg is built unsigned, for testing only:
#   MACOS_SIGN_IDENTITY   e.g. "Developer ID Application: Gemeente Voorbeeld (TEAMID1234)"
#   MACOS_CERTIFICATE_P12_BASE64, MACOS_CERTIFICATE_PASSWORD   (CI: imported into a temporary keychain)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD                (notarytool credentials)
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(python3 -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
app="dist/Schrijfhulp.app"
out="dist/installer/Schrijfhulp-${version}.dmg"
[ -d "$app" ] || { echo "missing $app: run python3 packaging/build.py first" >&2; exit 1; }
mkdir -p dist/installer

if [ -n "${MACOS_CERTIFICATE_P12_BASE64:-}" ]; then
    keychain="$RUNNER_TEMP/schrijfhulp-signing.keychain-db"
    keychain_password=$(uuidgen)
    echo "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode > "$RUNNER_TEMP/cert.p12"
    security create-keychain -p "$keychain_password" "$keychain"
    security set-keychain-settings -lut 3600 "$keychain"
    security unlock-keychain -p "$keychain_password" "$keychain"
    security import "$RUNNER_TEMP/cert.p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
    security set-key-partition-list -S apple-tool:,apple: -k "$keychain_password" "$keychain"
    security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
    rm "$RUNNER_TEMP/cert.p12"
fi

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --deep --timestamp --options runtime \
        --entitlements packaging/macos/entitlements.plist \
        --sign "$MACOS_SIGN_IDENTITY" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
fi

staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Programma's"
rm -f "$out"
hdiutil create -volname "Schrijfhulp ${version}" -srcfolder "$staging" -ov -format UDZO "$out"
rm -rf "$staging"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --timestamp --sign "$MACOS_SIGN_IDENTITY" "$out"
fi
if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    xcrun notarytool submit "$out" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$out"
fi
echo "built $out"
