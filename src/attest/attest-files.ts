// Attests files (release binaries, tarballs) as in-toto subjects, as actions/attest does for
// `subject-path`, `subject-digest` + `subject-name` and `subject-checksums`: one statement naming up to
// 1,024 subjects (GitHub's limit, which actions/attest enforces), or one statement per subject when asked.
// Each statement is signed into a DSSE bundle with the signing core of src/sign (a Rekor `dsse` entry,
// as for image attestations); the caller writes the bundles beside the files (`<file>.sigstore.json`)
// and may store them with GitHub (src/attestation-store). Parsing the subject inputs is pure and here;
// reading the files and expanding globs belongs to the CI adapters.
import { bundleToJSON, type Bundle, type SerializedBundle } from '@sigstore/bundle';
import { IN_TOTO_STATEMENT_V1 } from '../sign/constants.ts';
import type { Signer } from '../sign/signer.ts';
import type { Statement } from '../sign/statement.ts';
import { requireTimeWitness } from '../sign/time-witness.ts';
import type { WitnessOptions } from '../sign/bundler.ts';
import { AttestError } from './errors.ts';

/** GitHub's limit on subjects in one attestation (actions/attest refuses more). */
export const MAX_SUBJECTS_PER_STATEMENT = 1024;

/** One file subject: its name (as the statement shows it) and its sha256 digest. */
export interface FileSubject {
  name: string;
  /** `sha256:<hex>`. */
  digest: string;
}

/** What to attest, already parsed. */
export interface AttestFilesInput {
  subjects: FileSubject[];
  predicateType: string;
  predicate: unknown;
  /** One attestation per subject instead of one for all. */
  perSubject?: boolean;
}

/** The signer and witnesses (the sign stage's). */
export interface AttestFilesDeps {
  signer: Signer;
  witnesses: WitnessOptions;
}

/** One signed attestation and the subjects it names. */
export interface FileAttestation {
  subjects: FileSubject[];
  bundle: Bundle;
  bundleJSON: SerializedBundle;
  logIndex?: number;
}

/** What the stage made. */
export interface AttestFilesResult {
  attestations: FileAttestation[];
  warnings: string[];
}

const SHA256 = /^sha256:[0-9a-f]{64}$/;
const HEX64 = /^[0-9a-fA-F]{64}$/;

/** Builds the statement about `subjects` (names as given, digests by algorithm). */
export function toFileStatement(
  subjects: FileSubject[],
  predicateType: string,
  predicate: unknown,
): Statement {
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.digest.slice('sha256:'.length) } })),
    predicateType,
    predicate,
  };
}

/**
 * Parses `subject-checksums`: lines of `<sha256 hex>  <name>` (sha256sum's text and binary forms, `*`
 * before the name); blank lines and `#` comments are skipped. `source` names the input in errors.
 */
export function parseSubjectChecksums(text: string, source: string): FileSubject[] {
  const out: FileSubject[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = /^([0-9a-fA-F]+) [ *](.+)$/.exec(line);
    if (!m || !HEX64.test(m[1]!)) {
      throw new AttestError(
        'ATTEST_INVALID_INPUT',
        `${source} line ${i + 1}: expected "<sha256 hex>  <name>" (sha256sum output), got ${JSON.stringify(line.slice(0, 80))}`,
      );
    }
    out.push({ name: m[2]!, digest: `sha256:${m[1]!.toLowerCase()}` });
  }
  return out;
}

/** Parses `subject-digest` (`sha256:<hex>`) with `subject-name`. */
export function toDigestSubject(digest: string, name: string): FileSubject {
  if (!SHA256.test(digest)) {
    throw new AttestError(
      'ATTEST_INVALID_INPUT',
      `expected sha256:<64 hex>, got ${JSON.stringify(digest.slice(0, 80))}`,
    );
  }
  if (name.trim() === '') throw new AttestError('ATTEST_INVALID_INPUT', 'needs a subject name');
  return { name, digest };
}

/** Drops repeated subjects (same name and digest); refuses one name with two digests. */
export function dedupeSubjects(subjects: FileSubject[]): FileSubject[] {
  const byName = new Map<string, FileSubject>();
  for (const s of subjects) {
    const seen = byName.get(s.name);
    if (seen && seen.digest !== s.digest) {
      throw new AttestError(
        'ATTEST_INVALID_INPUT',
        `subject ${s.name} is given twice with different digests (${seen.digest}, ${s.digest}): give each name once`,
      );
    }
    byName.set(s.name, s);
  }
  return [...byName.values()];
}

/** Signs the statements about `input.subjects`; writes nothing (the caller places the bundles). */
export async function attestFiles(
  input: AttestFilesInput,
  deps: AttestFilesDeps,
): Promise<AttestFilesResult> {
  const subjects = dedupeSubjects(input.subjects);
  if (subjects.length === 0) {
    throw new AttestError(
      'ATTEST_INVALID_INPUT',
      'no subjects: give subject-path, subject-digest with subject-name, or subject-checksums',
    );
  }
  for (const s of subjects) {
    if (!SHA256.test(s.digest))
      throw new AttestError(
        'ATTEST_INVALID_INPUT',
        `subject ${s.name}: expected a sha256:<hex> digest, got ${s.digest}`,
      );
  }
  checkSubjectCount(subjects.length, input.perSubject ?? false);
  // Keyless needs Rekor or a TSA to prove when the short-lived certificate was used (as attestImage).
  await requireTimeWitness(
    deps.signer,
    deps.witnesses,
    `attesting ${subjects[0]!.name}`,
    Buffer.from(subjects[0]!.digest),
    (m) => new AttestError('ATTEST_INVALID_INPUT', m),
    (m, cause) => new AttestError('ATTEST_FAILED', m, { cause }),
  );
  const groups = input.perSubject ? subjects.map((s) => [s]) : [subjects];
  // sigstore-js's signing stack loads only when something is signed.
  const { createWitnesses, signStatement } = await import('../sign/bundler.ts');
  const witnesses = createWitnesses(deps.witnesses, 'dsse');
  const attestations: FileAttestation[] = [];
  for (const group of groups) {
    let bundle: Bundle;
    try {
      bundle = await signStatement(toFileStatement(group, input.predicateType, input.predicate), {
        signer: deps.signer,
        witnesses,
      });
    } catch (err) {
      const what = group.length === 1 ? group[0]!.name : `${group.length} files`;
      throw new AttestError('ATTEST_FAILED', `attesting ${what}: ${(err as Error).message}`, { cause: err });
    }
    const a: FileAttestation = { subjects: group, bundle, bundleJSON: bundleToJSON(bundle) };
    const logIndex = bundle.verificationMaterial.tlogEntries[0]?.logIndex;
    if (logIndex !== undefined) a.logIndex = Number(logIndex);
    attestations.push(a);
  }
  const warnings =
    attestations[0]?.bundle.verificationMaterial.tlogEntries.length === 0
      ? ['no transparency log entry (no Rekor URL): verifiers must skip the tlog check']
      : [];
  return { attestations, warnings };
}

/** Refuses more subjects than one statement may carry (checked before anything is signed). */
export function checkSubjectCount(count: number, perSubject: boolean): void {
  if (!perSubject && count > MAX_SUBJECTS_PER_STATEMENT) {
    throw new AttestError(
      'ATTEST_INVALID_INPUT',
      `expected at most ${MAX_SUBJECTS_PER_STATEMENT} subjects in one attestation, got ${count}; attest one per subject or split the files`,
    );
  }
}
