#!/usr/bin/env bash
# Installs every tool the tests, the bed and the demo need, at pinned versions. Go-built tools are cached
# per user in ${SIGNET_TOOLS_CACHE:-~/.cache/signet/tools}/<name>-<version>/ (so fresh clones on the same
# machine reuse them) and linked into the repo's .cache/tools/bin, where tests look first.
# Debian packages: the CNCF Distribution registry, the Docker engine, buildah, debootstrap (a real Debian
# tree for SBOM tests), rsync (gitlab-ci-local), htpasswd.
#
# `install-tools.sh demo` installs only what `npm run demo` needs (the registry and the Docker engine from
# Debian, no Go builds: a newcomer's first run takes a minute or two), and links cosign if a full install
# already built it, so the demo can cross-check with it.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-all}
case "$mode" in all | demo) ;; *) echo "install-tools: unknown mode $mode (use: all, demo)" >&2; exit 2 ;; esac

COSIGN_VERSION=v3.1.3
CRANE_VERSION=v0.22.1
BUILDX_VERSION=v0.38.2         # docker buildx, as a CLI plugin (Debian bookworm has none)
SYFT_VERSION=v1.42.0           # the SBOM reference (v1.57.0's dependencies are refused by the Go proxy)
POLICY_TESTER_VERSION=v0.13.1 # sigstore policy-controller's `tester`: admission decisions offline
KYVERNO_VERSION=v1.19.1       # the Kyverno CLI: evaluates generated policies
ACT_VERSION=v0.2.89           # nektos/act: runs the Action on the host runner (newest; v0.2.80 and older reject node24)
GH_VERSION=v2.60.0            # GitHub CLI: `gh attestation verify`, the independent verifier (the Go proxy lists no versions of cli/cli/v2 but serves v2.60.0 when asked exactly)
# Real Sigstore services on loopback (the newest that build with Go 1.26 from the module proxy)
FULCIO_VERSION=v1.8.8
TSA_VERSION=v2.1.3            # sigstore/timestamp-authority v2 (RFC 3161)
REKOR_TILES_VERSION=v2.3.0    # Rekor v2 (rekor-tiles, POSIX storage); v2.4.0 needs fulcio v1.9 (refused)
TESSERACT_VERSION=v0.1.1      # transparency-dev/tesseract: the CT log Fulcio submits precertificates to
# Rekor v1 for the legacy path: rekor-server v1 on Trillian (log server + log signer) on MariaDB
REKOR_V1_VERSION=v1.5.4       # sigstore/rekor; v1.5.5+ needs GOTOOLCHAIN=go1.27.x (refused)
TRILLIAN_VERSION=v1.8.0       # google/trillian: trillian_log_server, trillian_log_signer, MySQL schema
MARIADB_DEB_VERSION=1:10.11.19-0+deb12u1 # Debian bookworm's mariadb-server-core (unpacked, no service)
LIBAIO_DEB_VERSION=0.3.113-4  # mariadbd's shared libraries Debian would install with it
LIBURING_DEB_VERSION=2.3-3
SOFTHSM_DEB_VERSION=2.6.1-2.1 # Debian's SoftHSM2 (unpacked): the PKCS#11 token the pkcs11: key tests use
SIGSTORE_PYTHON_VERSION=4.5.1 # sigstore-python from PyPI: an independent bundle verifier
MOTO_VERSION=5.2.5            # moto[server] from PyPI: the AWS KMS stand-in (real keys) for awskms:// keys
# Vault / OpenBao (hashivault:// keys) do not build here, so the tests use a stand-in of the transit API
# (test/support/vault-transit-stand-in.ts). Measured 2026-12-05 with Go 1.26 and the module proxy:
# - github.com/openbao/openbao@v2.4.3: 403 Forbidden "This module version is not available".
# - github.com/hashicorp/vault@v1.14.10 (last MPL release): its go.mod replaces …/vault/api and …/vault/sdk
#   with ./api and ./sdk, which the module zip does not hold ("reading api/go.mod: no such file");
#   without the replaces the required sdk v0.10.2 does not compile with it ("*pluginEventBus does not
#   implement logical.EventSender (missing method SendEvent)"), sdk v0.9.2 neither ("undefined:
#   physical.FencingHABackend", "logical.CtxKeyRequestRole"), and the sdk at the tag's commit
#   (…/vault/sdk@7d15950da2e3) is refused: 403 "This module version is not available".
# Real BuildKit
BUILDKIT_VERSION=v0.34.2
# A real cluster: kube-apiserver + etcd, and the two admission webhooks (same modules as tester / CLI)
KUBERNETES_VERSION=v1.37.2
ETCD_DEB_VERSION=3.4.23-4+b4  # Debian bookworm's etcd-server (no build needed)

cache=${SIGNET_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/signet/tools}
bin=$PWD/.cache/tools/bin
mkdir -p "$cache" "$bin"

# Builds and apt installs take a per-user lock: clones and worktrees share the cache (a tool is built
# once), and two heavy Go builds at once on 2 cores take longer than one after the other. Linking a
# tool that is already cached takes no lock.
lock() { exec 9>"$cache/.install.lock"; flock 9; }
unlock() { flock -u 9; exec 9>&-; }

apt_pkgs=(docker-registry docker.io buildah debootstrap rsync apache2-utils runc)
[ "$mode" = demo ] && apt_pkgs=(docker-registry docker.io)
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

if [ "$mode" = demo ]; then
  [ -x "$cache/cosign-$COSIGN_VERSION/cosign" ] && ln -sfn "$cache/cosign-$COSIGN_VERSION/cosign" "$bin/cosign"
  for t in docker-registry dockerd; do
    command -v "$t" >/dev/null || { echo "install-tools: $t missing after install" >&2; exit 1; }
  done
  echo "install-tools: ok (demo: registry and Docker engine; cosign $([ -x "$bin/cosign" ] && echo linked || echo 'not built: npm run tools builds it')) in $SECONDS s"
  exit 0
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

# A tool whose main package's directory has a generic name (rekor-tiles' and tesseract's are both `posix`).
go_tool_as() { # name module version [extra ldflags]
  local name=$1 module=$2 version=$3 dir="$cache/$1-$3" tmp
  [ -x "$dir/$name" ] || lock
  if [ ! -x "$dir/$name" ]; then
    command -v go >/dev/null || { echo "install-tools: go is needed to build $name" >&2; exit 1; }
    echo "install-tools: go install $module@$version (as $name)"
    local t0=$SECONDS
    tmp=$(mktemp -d)
    GOBIN="$tmp" GOFLAGS=-trimpath CGO_ENABLED=0 go install -ldflags="-s -w ${4:-}" "$module@$version"
    mkdir -p "$dir" && mv "$tmp/$(basename "$module")" "$dir/$name" && rm -rf "$tmp"
    echo "install-tools: $name $version built in $((SECONDS - t0)) s"
  fi
  unlock 2>/dev/null || true
  ln -sfn "$dir/$name" "$bin/$name"
}

# kube-apiserver: k8s.io/kubernetes' module zip has no staging/src, so `go install` and building inside
# the module both fail. Build it from a small wrapper module that pins each staging `replace` target to
# the published v0.X.Y module, and stamp the version (knative's minimum-version check refuses v0.0.0).
kube_apiserver() {
  local version=$KUBERNETES_VERSION dir="$cache/kube-apiserver-$KUBERNETES_VERSION" gomod work staging
  [ -x "$dir/kube-apiserver" ] || lock
  if [ ! -x "$dir/kube-apiserver" ]; then
    command -v go >/dev/null || { echo "install-tools: go is needed to build kube-apiserver" >&2; exit 1; }
    echo "install-tools: go build k8s.io/kubernetes@$version ./cmd/kube-apiserver (wrapper module)"
    local t0=$SECONDS
    gomod=$(go mod download -json "k8s.io/kubernetes@$version" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')
    [ -n "$gomod" ] || { echo "install-tools: go mod download k8s.io/kubernetes@$version failed" >&2; exit 1; }
    staging="v0.${version#v1.}"
    work=$(mktemp -d)
    {
      echo "module signet.local/kube-apiserver"
      echo "go 1.26"
      echo "require k8s.io/kubernetes $version"
      sed -n 's#^[[:space:]]*\(k8s.io/[a-z0-9-]*\) => ./staging/src/.*#replace \1 => \1 '"$staging"'#p' "$gomod"
    } >"$work/go.mod"
    local major=${version#v} minor
    minor=${major#*.}; minor=${minor%%.*}; major=${major%%.*}
    (cd "$work" && go get "k8s.io/kubernetes/cmd/kube-apiserver@$version" >/dev/null 2>&1 &&
      GOFLAGS='-trimpath -buildvcs=false' CGO_ENABLED=0 go build -o "$work/kube-apiserver" -ldflags="-s -w \
        -X k8s.io/component-base/version.gitVersion=$version -X k8s.io/component-base/version.gitMajor=$major \
        -X k8s.io/component-base/version.gitMinor=$minor -X k8s.io/component-base/version.gitTreeState=clean" \
        k8s.io/kubernetes/cmd/kube-apiserver)
    mkdir -p "$dir" && mv "$work/kube-apiserver" "$dir/kube-apiserver" && rm -rf "$work"
    echo "install-tools: kube-apiserver $version built in $((SECONDS - t0)) s"
  fi
  unlock 2>/dev/null || true
  ln -sfn "$dir/kube-apiserver" "$bin/kube-apiserver"
}

# etcd from Debian's package, unpacked (not installed: no service is started, nothing system-wide).
etcd_deb() {
  local dir="$cache/etcd-$ETCD_DEB_VERSION" tmp
  [ -x "$dir/etcd" ] || lock
  if [ ! -x "$dir/etcd" ]; then
    echo "install-tools: apt-get download etcd-server=$ETCD_DEB_VERSION"
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get download -qq "etcd-server=$ETCD_DEB_VERSION" >/dev/null 2>&1 ||
      { apt-get update -qq && apt-get download -qq "etcd-server=$ETCD_DEB_VERSION"; })
    dpkg-deb -x "$tmp"/etcd-server_*.deb "$tmp/x"
    mkdir -p "$dir" && mv "$tmp/x/usr/bin/etcd" "$dir/etcd" && rm -rf "$tmp"
  fi
  unlock 2>/dev/null || true
  ln -sfn "$dir/etcd" "$bin/etcd"
}

# MariaDB from Debian's packages, unpacked like etcd (no system-wide install, no service): mariadbd and the
# two libraries it needs that a minimal Debian lacks. The bed runs one mariadbd per test, with its own
# datadir, socket and port (test/bed/rekor-v1.ts); the `mariadbd` link is a wrapper that points it at its
# libraries and message files.
mariadb_deb() {
  local dir="$cache/mariadb-${MARIADB_DEB_VERSION#*:}" tmp p
  [ -x "$dir/mariadbd" ] || lock
  if [ ! -x "$dir/mariadbd" ]; then
    echo "install-tools: apt-get download mariadb-server-core=$MARIADB_DEB_VERSION (unpacked)"
    local t0=$SECONDS
    tmp=$(mktemp -d) && chmod 755 "$tmp"
    local pkgs=("mariadb-server-core=$MARIADB_DEB_VERSION" "libaio1=$LIBAIO_DEB_VERSION" "liburing2=$LIBURING_DEB_VERSION")
    (cd "$tmp" && apt-get download -qq "${pkgs[@]}" >/dev/null 2>&1 ||
      { apt-get update -qq && apt-get download -qq "${pkgs[@]}"; })
    for p in "$tmp"/*.deb; do dpkg-deb -x "$p" "$tmp/x"; done
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp/lib"
    mv "$tmp/x/usr/sbin/mariadbd" "$dir.tmp/mariadbd.bin" && mv "$tmp/x/usr/share/mysql" "$dir.tmp/share"
    mv "$tmp"/x/usr/lib/x86_64-linux-gnu/lib*.so* "$dir.tmp/lib/"
    cat >"$dir.tmp/mariadbd" <<'SH'
#!/bin/sh
# mariadbd unpacked from Debian's mariadb-server-core by .ci/install-tools.sh: its libraries and messages.
here=$(dirname "$(readlink -f "$0")")
LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "$here/mariadbd.bin" --no-defaults \
  --lc-messages-dir="$here/share" --character-sets-dir="$here/share/charsets" "$@"
SH
    chmod 755 "$dir.tmp/mariadbd"
    rm -rf "$dir" && mv "$dir.tmp" "$dir" && rm -rf "$tmp"
    "$dir/mariadbd" --version
    echo "install-tools: mariadbd ${MARIADB_DEB_VERSION#*:} unpacked in $((SECONDS - t0)) s"
  fi
  unlock 2>/dev/null || true
  ln -sfn "$dir/mariadbd" "$bin/mariadbd"
}

# SoftHSM2 from Debian's packages, unpacked: softhsm2-util and the PKCS#11 module, linked as
# .cache/tools/bin/softhsm2-util and .cache/tools/share/softhsm2/libsofthsm2.so (tests pass it as module-path).
softhsm_deb() {
  local dir="$cache/softhsm2-$SOFTHSM_DEB_VERSION" tmp p
  [ -x "$dir/softhsm2-util" ] || lock
  if [ ! -x "$dir/softhsm2-util" ]; then
    echo "install-tools: apt-get download softhsm2=$SOFTHSM_DEB_VERSION libsofthsm2=$SOFTHSM_DEB_VERSION (unpacked)"
    tmp=$(mktemp -d) && chmod 755 "$tmp"
    local pkgs=("softhsm2=$SOFTHSM_DEB_VERSION" "libsofthsm2=$SOFTHSM_DEB_VERSION")
    (cd "$tmp" && apt-get download -qq "${pkgs[@]}" >/dev/null 2>&1 ||
      { apt-get update -qq && apt-get download -qq "${pkgs[@]}"; })
    for p in "$tmp"/*.deb; do dpkg-deb -x "$p" "$tmp/x"; done
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp/lib"
    mv "$tmp/x/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so" "$dir.tmp/lib/"
    mv "$tmp/x/usr/bin/softhsm2-util" "$dir.tmp/softhsm2-util"
    rm -rf "$dir" && mv "$dir.tmp" "$dir" && rm -rf "$tmp"
  fi
  unlock 2>/dev/null || true
  ln -sfn "$dir/softhsm2-util" "$bin/softhsm2-util"
  mkdir -p "$PWD/.cache/tools/share" && ln -sfn "$dir/lib" "$PWD/.cache/tools/share/softhsm2"
}

# A Python tool from PyPI in a venv of its own: name version pip-requirement entry-point
py_tool() {
  local name=$1 version=$2 req=$3 entry=$4 dir="$cache/$1-$2"
  [ -e "$dir/.installed" ] || lock
  if [ ! -e "$dir/.installed" ]; then
    echo "install-tools: pip install $req (venv $dir)"
    local t0=$SECONDS
    rm -rf "$dir" && python3 -m venv "$dir"
    "$dir/bin/python" -m pip install --quiet --disable-pip-version-check "$req"
    touch "$dir/.installed"
    echo "install-tools: $name $version installed in $((SECONDS - t0)) s"
  fi
  unlock 2>/dev/null || true
  ln -sfn "$dir/bin/$entry" "$bin/$entry"
}

# Files a module ships that the bed needs at run time (policy-controller's config/, Kyverno's CRDs).
module_share() { # name module version subdir
  local dir="$cache/share/$1-$3" src
  if [ ! -d "$dir" ]; then
    src=$(go mod download -json "$2@$3" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
    [ -d "$src/$4" ] || { echo "install-tools: $2@$3 has no $4" >&2; exit 1; }
    mkdir -p "$dir.tmp" && cp -r "$src/$4/." "$dir.tmp" && chmod -R u+w "$dir.tmp" && mv "$dir.tmp" "$dir"
  fi
  mkdir -p "$PWD/.cache/tools/share" && ln -sfn "$dir" "$PWD/.cache/tools/share/$1"
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
go_tool fulcio github.com/sigstore/fulcio "$FULCIO_VERSION"
go_tool timestamp-server github.com/sigstore/timestamp-authority/v2/cmd/timestamp-server "$TSA_VERSION"
go_tool_as rekor-server github.com/sigstore/rekor-tiles/v2/cmd/rekor-server/posix "$REKOR_TILES_VERSION"
go_tool_as tesseract github.com/transparency-dev/tesseract/cmd/tesseract/posix "$TESSERACT_VERSION"
py_tool sigstore-python "$SIGSTORE_PYTHON_VERSION" "sigstore==$SIGSTORE_PYTHON_VERSION" sigstore
py_tool moto_server "$MOTO_VERSION" "moto[server]==$MOTO_VERSION" moto_server
go_module_tool buildkitd github.com/moby/buildkit "$BUILDKIT_VERSION" ./cmd/buildkitd \
  "-X github.com/moby/buildkit/version.Version=$BUILDKIT_VERSION"
# The bed's BuildKit SBOM generator (.ci/buildkit-scanner: stdlib-only Go around the pinned syft), since
# docker/buildkit-syft-scanner is refused by the Go module proxy; keyed by a hash of its source.
scanner_src=$(cd "$(dirname "$0")/buildkit-scanner" && pwd)
scanner_key=$(cat "$scanner_src/go.mod" "$scanner_src/main.go" | sha256sum | cut -c1-12)
scanner_dir="$cache/buildkit-scanner-$scanner_key"
[ -x "$scanner_dir/buildkit-scanner" ] || lock
if [ ! -x "$scanner_dir/buildkit-scanner" ]; then
  t0=$SECONDS
  mkdir -p "$scanner_dir"
  (cd "$scanner_src" && CGO_ENABLED=0 GOFLAGS='-trimpath -buildvcs=false' go build -ldflags='-s -w' \
    -o "$scanner_dir/buildkit-scanner.tmp" .)
  mv "$scanner_dir/buildkit-scanner.tmp" "$scanner_dir/buildkit-scanner"
  echo "install-tools: buildkit-scanner $scanner_key built in $((SECONDS - t0)) s"
fi
unlock 2>/dev/null || true
ln -sfn "$scanner_dir/buildkit-scanner" "$bin/buildkit-scanner"
etcd_deb
kube_apiserver
# Built in the same module copies as the tester and the Kyverno CLI: the Go build cache is shared.
go_module_tool policy-controller-webhook github.com/sigstore/policy-controller "$POLICY_TESTER_VERSION" ./cmd/webhook
go_module_tool kyverno github.com/kyverno/kyverno "$KYVERNO_VERSION" ./cmd/kyverno
# Kyverno's reports controller: admission reports into PolicyReports (the audit companion's proof).
go_module_tool kyverno-reports-controller github.com/kyverno/kyverno "$KYVERNO_VERSION" ./cmd/reports-controller
module_share policy-controller-config github.com/sigstore/policy-controller "$POLICY_TESTER_VERSION" config
module_share kyverno-crds github.com/kyverno/kyverno "$KYVERNO_VERSION" config/crds
# Rekor v1 (the legacy path): Trillian's log server and signer on MariaDB, its MySQL schema, rekor-server v1
# (named rekor-server-v1: `rekor-server` is Rekor v2's).
go_tool trillian_log_server github.com/google/trillian/cmd/trillian_log_server "$TRILLIAN_VERSION"
go_tool trillian_log_signer github.com/google/trillian/cmd/trillian_log_signer "$TRILLIAN_VERSION"
module_share trillian-mysql-schema github.com/google/trillian "$TRILLIAN_VERSION" storage/mysql/schema
go_tool_as rekor-server-v1 github.com/sigstore/rekor/cmd/rekor-server "$REKOR_V1_VERSION" \
  "-X sigs.k8s.io/release-utils/version.gitVersion=$REKOR_V1_VERSION"
mariadb_deb
softhsm_deb

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

for t in cosign crane buildx syft tester kubectl-kyverno act gh fulcio timestamp-server rekor-server tesseract sigstore \
  buildkitd buildkit-scanner etcd kube-apiserver policy-controller-webhook kyverno kyverno-reports-controller \
  trillian_log_server trillian_log_signer rekor-server-v1 mariadbd softhsm2-util docker-registry dockerd docker buildah \
  debootstrap runc; do
  command -v "$t" >/dev/null || [ -x "$bin/$t" ] || { echo "install-tools: $t missing after install" >&2; exit 1; }
done
echo "install-tools: ok ($("$bin/cosign" version --json 2>/dev/null | sed -n 's/.*"gitVersion": *"\([^"]*\)".*/cosign \1/p'), crane $("$bin/crane" version)) in $SECONDS s"
