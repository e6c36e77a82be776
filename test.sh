#!/usr/bin/env bash
# The one test command (README, "Test it"; .ci/run calls it): sets up what the tests need on a fresh machine, builds
# once, then runs both tiers side by side. Extra arguments go to `dotnet test` (e.g. --filter, --logger).
set -euo pipefail
cd "$(dirname "$0")"

# The binaries the integration tier starts (RabbitMQ, Chromium, the SMTP sink) and the deploy/ checks use.
# PostgreSQL is already on these machines; the tests find its binaries under /usr/lib/postgresql.
PACKAGES=(rabbitmq-server chromium python3-aiosmtpd docker-compose yamllint)

# No MSBuild or compiler servers left running after the tests.
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

install_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        if [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" != "install ok installed" ]]; then
            missing+=("$package")
        fi
    done
    if ((${#missing[@]} == 0)); then
        echo "Debian packages present: ${PACKAGES[*]}"
        return
    fi
    local sudo=()
    ((EUID == 0)) || sudo=(sudo -n)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# axe-core for the browser tests' accessibility checks, exactly as package-lock.json pins it (nothing vendored).
AXE_FOLDER=tests/DsarPlatform.IntegrationTests/axe
install_axe() {
    if ! command -v npm >/dev/null; then
        echo "npm not found: the browser tests' accessibility checks will fail (they need npm ci in $AXE_FOLDER)"
        return
    fi
    (cd "$AXE_FOLDER" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    echo "axe-core installed (npm ci in $AXE_FOLDER)"
}

install_packages
install_axe
dotnet tool restore

# Build once, then test without building: otherwise MSBuild builds the fast tier only after the integration tier
# has finished its run, and the two tiers run one after the other.
dotnet build DsarPlatform.sln
dotnet test DsarPlatform.sln --no-build "$@"
