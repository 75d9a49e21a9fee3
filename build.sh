#!/usr/bin/env bash
# Restores the local .NET tools and runs build.cake: ./build.sh <target> [--option=value ...]
set -euo pipefail
cd "$(dirname "$0")"
target="${1:-build}"
[ $# -gt 0 ] && shift
dotnet tool restore >/dev/null
exec dotnet cake build.cake --target="$target" "$@"
