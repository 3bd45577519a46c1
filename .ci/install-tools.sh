#!/usr/bin/env bash
# Installs every tool the tests, the bed and the demo need, at pinned versions, and caches the Go-built
# ones in .cache/tools/<name>-<version>/ (a second run only checks them). Prints what it did and how long.
# Debian packages: the CNCF Distribution registry, the Docker engine, rsync (gitlab-ci-local), htpasswd.
set -euo pipefail
cd "$(dirname "$0")/.."

COSIGN_VERSION=v3.1.3
CRANE_VERSION=v0.22.1

root=$PWD/.cache/tools
mkdir -p "$root/bin"

apt_pkgs=(docker-registry docker.io rsync apache2-utils)
missing=()
for p in "${apt_pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "install-tools: need root to apt-get install ${missing[*]}" >&2; exit 1; fi
  echo "install-tools: apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

go_tool() { # name module version
  local name=$1 module=$2 version=$3 dir="$root/$1-$3"
  if [ ! -x "$dir/$name" ]; then
    command -v go >/dev/null || { echo "install-tools: go is needed to build $name" >&2; exit 1; }
    echo "install-tools: go install $module@$version"
    GOBIN="$dir" GOFLAGS=-trimpath go install "$module@$version"
  fi
  ln -sf "$dir/$name" "$root/bin/$name"
}

go_tool cosign github.com/sigstore/cosign/v3/cmd/cosign "$COSIGN_VERSION"
go_tool crane github.com/google/go-containerregistry/cmd/crane "$CRANE_VERSION"

for t in cosign crane docker-registry dockerd docker; do
  command -v "$t" >/dev/null || [ -x "$root/bin/$t" ] || { echo "install-tools: $t missing after install" >&2; exit 1; }
done
echo "install-tools: ok ($("$root/bin/cosign" version --json 2>/dev/null | sed -n 's/.*"gitVersion": *"\([^"]*\)".*/cosign \1/p'), crane $("$root/bin/crane" version))"
