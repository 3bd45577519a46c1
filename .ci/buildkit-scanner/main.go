// Command buildkit-scanner is the test bed's BuildKit SBOM generator: it implements BuildKit's SBOM
// scanner protocol (moby/buildkit docs/attestations/sbom-protocol.md) around the pinned, static syft.
//
// Why this exists: the generator BuildKit's docs name, docker/buildkit-syft-scanner, cannot be fetched
// here (the Go module proxy answers "403 Forbidden: This module version is not available" for every
// version, and no image registry is reachable), so the bed packs this program and syft into a FROM
// scratch image pushed to its own registry and passes it as `--attest type=sbom,generator=IMAGE`.
//
// Protocol: BuildKit runs the image's command with
//   - BUILDKIT_SCAN_SOURCE: the root filesystem of the build result (read-only);
//   - BUILDKIT_SCAN_SOURCE_EXTRAS: optional folder of further root filesystems (build stages);
//   - BUILDKIT_SCAN_DESTINATION: where to write `<name>.spdx.json`, each an in-toto statement with
//     predicate type https://spdx.dev/Document, an SPDX JSON document as predicate and no subject
//     (BuildKit fills the subject in when it attaches the statement).
//
// Standard library only, so it builds without the module proxy.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

const (
	statementType = "https://in-toto.io/Statement/v0.1"
	spdxPredicate = "https://spdx.dev/Document"
)

// syftPath is where the image carries syft; overridable for a run outside the image.
func syftPath() string {
	if p := os.Getenv("SIGNET_SCANNER_SYFT"); p != "" {
		return p
	}
	return "/bin/syft"
}

// scan runs syft over one root filesystem and writes the in-toto statement BuildKit reads.
func scan(src, dest, name string) error {
	// The source is an image's root filesystem, not a source tree: syft's image catalogers (installed
	// packages, as in an image scan) rather than its directory ones (lock files).
	cmd := exec.Command(syftPath(), "scan", "dir:"+src, "--output", "spdx-json", "--quiet",
		"--override-default-catalogers", "image", "--source-name", name)
	var out, stderr bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("syft %s: %v: %s", src, err, stderr.String())
	}
	var predicate json.RawMessage
	if err := json.Unmarshal(out.Bytes(), &predicate); err != nil {
		return fmt.Errorf("syft %s: output is not JSON: %v", src, err)
	}
	statement := map[string]any{
		"_type":         statementType,
		"predicateType": spdxPredicate,
		"subject":       []any{},
		"predicate":     predicate,
	}
	b, err := json.Marshal(statement)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dest, name+".spdx.json"), b, 0o644)
}

func run() error {
	src := os.Getenv("BUILDKIT_SCAN_SOURCE")
	dest := os.Getenv("BUILDKIT_SCAN_DESTINATION")
	if src == "" || dest == "" {
		return fmt.Errorf("BUILDKIT_SCAN_SOURCE and BUILDKIT_SCAN_DESTINATION must be set (run by BuildKit as an SBOM generator)")
	}
	// syft wants a writable temporary folder and home; the scanner image is FROM scratch.
	tmp := filepath.Join(os.TempDir(), "signet-scanner")
	if err := os.MkdirAll(tmp, 0o700); err != nil {
		tmp, err = os.MkdirTemp(dest, ".tmp-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
	}
	os.Setenv("TMPDIR", tmp)
	os.Setenv("HOME", tmp)
	os.Setenv("SYFT_CHECK_FOR_APP_UPDATE", "false")
	if err := scan(src, dest, filepath.Base(src)); err != nil {
		return err
	}
	extras := os.Getenv("BUILDKIT_SCAN_SOURCE_EXTRAS")
	if extras == "" {
		return nil
	}
	entries, err := os.ReadDir(extras)
	if err != nil {
		// The protocol: a folder that does not exist means no extras.
		return nil
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if err := scan(filepath.Join(extras, e.Name()), dest, e.Name()); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "buildkit-scanner:", err)
		os.Exit(1)
	}
}
