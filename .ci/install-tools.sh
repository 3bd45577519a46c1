#!/usr/bin/env bash
# Installs every tool the tests, the bed and the demo need, at pinned versions. Go-built tools are cached
# per user in ${SIGNET_TOOLS_CACHE:-~/.cache/signet/tools}/<name>-<version>/ (so fresh clones on the same
# machine reuse them) and linked into the repo's .cache/tools/bin, where tests look first.
# Debian packages: the CNCF Distribution registry, the Docker engine, rsync (gitlab-ci-local), htpasswd.
set -euo pipefail
cd "$(dirname "$0")/.."

COSIGN_VERSION=v3.1.3
CRANE_VERSION=v0.22.1
POLICY_TESTER_VERSION=v0.13.1 # sigstore policy-controller's `tester`: admission decisions offline
KYVERNO_VERSION=v1.19.1       # the Kyverno CLI: evaluates generated policies

cache=${SIGNET_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/signet/tools}
bin=$PWD/.cache/tools/bin
mkdir -p "$cache" "$bin"

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
  local name=$1 module=$2 version=$3 dir="$cache/$1-$3"
  if [ ! -x "$dir/$name" ]; then
    command -v go >/dev/null || { echo "install-tools: go is needed to build $name" >&2; exit 1; }
    echo "install-tools: go install $module@$version"
    GOBIN="$dir" GOFLAGS=-trimpath go install -ldflags="-s -w" "$module@$version"
  fi
  ln -sfn "$dir/$name" "$bin/$name"
}

# Tools whose go.mod has replace directives: `go install pkg@version` refuses them, so build inside the
# downloaded module (the module proxy's copy, checksum-verified by go mod download).
go_module_tool() { # name module version package
  local name=$1 module=$2 version=$3 pkg=$4 dir="$cache/$1-$3" src work
  if [ ! -x "$dir/$name" ]; then
    command -v go >/dev/null || { echo "install-tools: go is needed to build $name" >&2; exit 1; }
    echo "install-tools: go build $module@$version $pkg"
    src=$(go mod download -json "$module@$version" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
    [ -n "$src" ] || { echo "install-tools: go mod download $module@$version failed" >&2; exit 1; }
    work=$(mktemp -d) && cp -r "$src/." "$work" && chmod -R u+w "$work" && mkdir -p "$dir"
    (cd "$work" && GOFLAGS='-trimpath -buildvcs=false' go build -ldflags='-s -w' -o "$dir/$name.tmp" "$pkg")
    mv "$dir/$name.tmp" "$dir/$name"
    rm -rf "$work"
  fi
  ln -sfn "$dir/$name" "$bin/$name"
}

go_tool cosign github.com/sigstore/cosign/v3/cmd/cosign "$COSIGN_VERSION"
go_tool crane github.com/google/go-containerregistry/cmd/crane "$CRANE_VERSION"
go_module_tool tester github.com/sigstore/policy-controller "$POLICY_TESTER_VERSION" ./cmd/tester
go_module_tool kubectl-kyverno github.com/kyverno/kyverno "$KYVERNO_VERSION" ./cmd/cli/kubectl-kyverno

for t in cosign crane tester kubectl-kyverno docker-registry dockerd docker; do
  command -v "$t" >/dev/null || [ -x "$bin/$t" ] || { echo "install-tools: $t missing after install" >&2; exit 1; }
done
echo "install-tools: ok ($("$bin/cosign" version --json 2>/dev/null | sed -n 's/.*"gitVersion": *"\([^"]*\)".*/cosign \1/p'), crane $("$bin/crane" version))"
