#!/usr/bin/env bash
# Installs every tool the tests, the bed and the demo need, at pinned versions. Go-built tools are cached
# per user in ${SIGNET_TOOLS_CACHE:-~/.cache/signet/tools}/<name>-<version>/ (so fresh clones on the same
# machine reuse them) and linked into the repo's .cache/tools/bin, where tests look first.
# Debian packages: the CNCF Distribution registry, the Docker engine, buildah, debootstrap (a real Debian
# tree for SBOM tests), rsync (gitlab-ci-local), htpasswd.
set -euo pipefail
cd "$(dirname "$0")/.."

COSIGN_VERSION=v3.1.3
CRANE_VERSION=v0.22.1
BUILDX_VERSION=v0.38.2         # docker buildx, as a CLI plugin (Debian bookworm has none)
SYFT_VERSION=v1.42.0           # the SBOM reference (v1.57.0's dependencies are refused by the Go proxy)
POLICY_TESTER_VERSION=v0.13.1 # sigstore policy-controller's `tester`: admission decisions offline
KYVERNO_VERSION=v1.19.1       # the Kyverno CLI: evaluates generated policies
ACT_VERSION=v0.2.89           # nektos/act: runs the Action on the host runner (newest; v0.2.80 and older reject node24)
GH_VERSION=v2.60.0            # GitHub CLI: `gh attestation verify`, the independent verifier (the Go proxy lists no versions of cli/cli/v2 but serves v2.60.0 when asked exactly)

cache=${SIGNET_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/signet/tools}
bin=$PWD/.cache/tools/bin
mkdir -p "$cache" "$bin"

# Builds and apt installs take a per-user lock: clones and worktrees share the cache (a tool is built
# once), and two heavy Go builds at once on 2 cores take longer than one after the other. Linking a
# tool that is already cached takes no lock.
lock() { exec 9>"$cache/.install.lock"; flock 9; }
unlock() { flock -u 9; exec 9>&-; }

apt_pkgs=(docker-registry docker.io buildah debootstrap rsync apache2-utils)
missing=()
for p in "${apt_pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "install-tools: need root to apt-get install ${missing[*]}" >&2; exit 1; fi
  lock
  echo "install-tools: apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  unlock
fi

go_tool() { # name module version [extra ldflags]
  local name=$1 module=$2 version=$3 dir="$cache/$1-$3"
  [ -x "$dir/$name" ] || lock
  if [ ! -x "$dir/$name" ]; then
    command -v go >/dev/null || { echo "install-tools: go is needed to build $name" >&2; exit 1; }
    echo "install-tools: go install $module@$version"
    local t0=$SECONDS
    GOBIN="$dir" GOFLAGS=-trimpath CGO_ENABLED=0 go install -ldflags="-s -w ${4:-}" "$module@$version"
    echo "install-tools: $name $version built in $((SECONDS - t0)) s"
  fi
  unlock 2>/dev/null || true
  ln -sfn "$dir/$name" "$bin/$name"
}

# Tools whose go.mod has replace directives: `go install pkg@version` refuses them, so build inside the
# downloaded module (the module proxy's copy, checksum-verified by go mod download).
go_module_tool() { # name module version package [extra ldflags]
  local name=$1 module=$2 version=$3 pkg=$4 dir="$cache/$1-$3" src work
  [ -x "$dir/$name" ] || lock
  if [ ! -x "$dir/$name" ]; then
    command -v go >/dev/null || { echo "install-tools: go is needed to build $name" >&2; exit 1; }
    echo "install-tools: go build $module@$version $pkg"
    local t0=$SECONDS
    src=$(go mod download -json "$module@$version" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
    [ -n "$src" ] || { echo "install-tools: go mod download $module@$version failed" >&2; exit 1; }
    work=$(mktemp -d) && cp -r "$src/." "$work" && chmod -R u+w "$work" && mkdir -p "$dir"
    (cd "$work" && GOFLAGS='-trimpath -buildvcs=false' go build -ldflags="-s -w ${5:-}" -o "$dir/$name.tmp" "$pkg")
    mv "$dir/$name.tmp" "$dir/$name"
    rm -rf "$work"
    echo "install-tools: $name $version built in $((SECONDS - t0)) s"
  fi
  unlock 2>/dev/null || true
  ln -sfn "$dir/$name" "$bin/$name"
}

go_tool cosign github.com/sigstore/cosign/v3/cmd/cosign "$COSIGN_VERSION"
go_tool crane github.com/google/go-containerregistry/cmd/crane "$CRANE_VERSION"
go_tool buildx github.com/docker/buildx/cmd/buildx "$BUILDX_VERSION" "-X github.com/docker/buildx/version.Version=$BUILDX_VERSION"
go_tool syft github.com/anchore/syft/cmd/syft "$SYFT_VERSION" "-X main.version=$SYFT_VERSION"
go_module_tool tester github.com/sigstore/policy-controller "$POLICY_TESTER_VERSION" ./cmd/tester
go_module_tool kubectl-kyverno github.com/kyverno/kyverno "$KYVERNO_VERSION" ./cmd/cli/kubectl-kyverno
go_tool act github.com/nektos/act "$ACT_VERSION"
# gh: `go install …@v2.60.0` fails here (its deprecation check lists the module's versions, which the proxy
# refuses), so it builds inside the downloaded module like the tools above.
go_module_tool gh github.com/cli/cli/v2 "$GH_VERSION" ./cmd/gh "-X github.com/cli/cli/v2/internal/build.Version=$GH_VERSION"

# Test images: a real Debian tree (debootstrap, once) and a Python app's site-packages (pip, once),
# cached beside the tools; test/support/build-images.ts builds images from them.
data=$(dirname "$cache")
rootfs=$data/debian-bookworm-minbase.tar
[ -s "$rootfs" ] || lock
if [ ! -s "$rootfs" ]; then
  echo "install-tools: debootstrap --variant=minbase bookworm (once, into $rootfs)"
  tmp=$(mktemp -d)
  debootstrap --variant=minbase bookworm "$tmp/root" http://deb.debian.org/debian >/dev/null
  tar -C "$tmp/root" --numeric-owner -cf "$rootfs.tmp" . && mv "$rootfs.tmp" "$rootfs"
  rm -rf "$tmp"
fi
unlock 2>/dev/null || true
pyapp=$data/python-app/site-packages
[ -d "$pyapp" ] || lock
if [ ! -d "$pyapp" ]; then
  echo "install-tools: pip install the Python test app (once, into $pyapp)"
  tmp=$(mktemp -d)
  python3 -m pip install --quiet --disable-pip-version-check --no-compile --target "$tmp/site-packages" \
    flask==3.0.3 requests==2.32.3 rich==13.9.4 httpx==0.28.1 pydantic==2.10.4 PyYAML==6.0.2
  mkdir -p "$(dirname "$pyapp")" && mv "$tmp/site-packages" "$pyapp" && rm -rf "$tmp"
fi
unlock 2>/dev/null || true

for t in cosign crane buildx syft tester kubectl-kyverno act gh docker-registry dockerd docker buildah debootstrap; do
  command -v "$t" >/dev/null || [ -x "$bin/$t" ] || { echo "install-tools: $t missing after install" >&2; exit 1; }
done
echo "install-tools: ok ($("$bin/cosign" version --json 2>/dev/null | sed -n 's/.*"gitVersion": *"\([^"]*\)".*/cosign \1/p'), crane $("$bin/crane" version))"
