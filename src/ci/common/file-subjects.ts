// Files as attestation subjects, with actions/attest's input names: `subject-path` (paths or globs,
// newline or comma separated), `subject-digest` + `subject-name`, `subject-checksums` (a sha256sum file).
// Expands the globs, hashes the files (streamed: release files can be large) and, after the attest
// stage signed, writes each bundle beside its file as `<file>.sigstore.json` (subjects given by digest
// have no file: their bundles go to the output folder). The only code that reads release files.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { glob, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import {
  attestFiles,
  dedupeSubjects,
  parseSubjectChecksums,
  toDigestSubject,
  type AttestFilesDeps,
  type FileAttestation,
  type FileSubject,
} from '../../attest/index.ts';
import type { Host } from './host.ts';
import { UsageError } from './values.ts';

/** The most files one `subject-path` may match before Signet stops expanding (a glob gone wrong). */
export const MAX_SUBJECT_PATH_MATCHES = 10_000;

/** The subject inputs, as read (CLI flags or Action/component inputs). */
export interface SubjectSpec {
  paths: string[];
  digest?: string;
  name?: string;
  checksums?: string;
}

/** True when any subject input is set. */
export const hasSubjects = (s: SubjectSpec): boolean =>
  s.paths.length > 0 || s.digest !== undefined || s.name !== undefined || s.checksums !== undefined;

/** Subjects and, for those read from files, where each file is. */
export interface ResolvedSubjects {
  subjects: FileSubject[];
  /** Subject name → absolute file paths with that content. */
  files: Map<string, string[]>;
}

const GLOB_CHARS = /[*?[\]{}]/;

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Expands and hashes the subject inputs; `label(name)` names an input or flag in errors. */
export async function resolveSubjects(
  spec: SubjectSpec,
  host: Pick<Host, 'cwd' | 'readFile'>,
  label: (name: string) => string,
): Promise<ResolvedSubjects> {
  const subjects: FileSubject[] = [];
  const files = new Map<string, string[]>();
  for (const pattern of spec.paths) {
    const abs = isAbsolute(pattern) ? pattern : join(host.cwd, pattern);
    const matches: string[] = [];
    if (GLOB_CHARS.test(pattern)) {
      for await (const m of glob(pattern, { cwd: host.cwd })) {
        const p = resolve(host.cwd, m);
        if (await isFile(p)) matches.push(p);
        if (matches.length > MAX_SUBJECT_PATH_MATCHES) {
          throw new UsageError(
            `${label('subject-path')} ${pattern} matches more than ${MAX_SUBJECT_PATH_MATCHES} files; narrow the pattern`,
          );
        }
      }
    } else if (await isFile(abs)) matches.push(abs);
    if (matches.length === 0)
      throw new UsageError(
        `${label('subject-path')} ${pattern} matches no file: check the path (relative to the working directory) and that the files were built first`,
      );
    for (const p of matches.sort()) {
      const subject = { name: basename(p), digest: await sha256File(p) };
      subjects.push(subject);
      files.set(subject.name, [...(files.get(subject.name) ?? []), p]);
    }
  }
  if (spec.digest !== undefined || spec.name !== undefined) {
    if (spec.digest === undefined)
      throw new UsageError(`${label('subject-name')} needs ${label('subject-digest')}`);
    if ((spec.name ?? '').trim() === '')
      throw new UsageError(
        `${label('subject-digest')} needs ${label('subject-name')}: the file name it is the digest of`,
      );
    try {
      subjects.push(toDigestSubject(spec.digest, spec.name ?? ''));
    } catch (err) {
      throw new UsageError(`${label('subject-digest')}: ${(err as Error).message}`);
    }
  }
  if (spec.checksums !== undefined) {
    const path = isAbsolute(spec.checksums) ? spec.checksums : join(host.cwd, spec.checksums);
    const text = (await host.readFile(path)).toString('utf8');
    try {
      subjects.push(...parseSubjectChecksums(text, `${label('subject-checksums')} ${spec.checksums}`));
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }
  try {
    return { subjects: dedupeSubjects(subjects), files };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** Where each attestation's bundle was written. */
export interface WrittenFileAttestation extends FileAttestation {
  bundlePaths: string[];
}

/** The bundle file of a subject: beside its file(s), else `<outputDir>/<name>.sigstore.json`. */
export function toBundlePaths(
  subject: FileSubject,
  files: Map<string, string[]>,
  outputDir: string,
): string[] {
  const beside = files.get(subject.name);
  if (beside?.length) return beside.map((p) => `${p}.sigstore.json`);
  return [join(outputDir, `${subject.name.replace(/[^A-Za-z0-9._-]+/g, '_')}.sigstore.json`)];
}

/** Signs the attestations about `resolved` and writes every bundle beside its subjects. */
export async function attestAndWriteFiles(
  resolved: ResolvedSubjects,
  statement: { predicateType: string; predicate: unknown; perSubject: boolean },
  deps: AttestFilesDeps,
  host: Pick<Host, 'writeFile'>,
  outputDir: string,
): Promise<{ attestations: WrittenFileAttestation[]; warnings: string[] }> {
  const made = await attestFiles({ subjects: resolved.subjects, ...statement }, deps);
  const attestations: WrittenFileAttestation[] = [];
  for (const a of made.attestations) {
    const bundlePaths = a.subjects.flatMap((s) => toBundlePaths(s, resolved.files, outputDir));
    const text = JSON.stringify(a.bundleJSON) + '\n';
    for (const p of bundlePaths) await host.writeFile(p, text, { mode: 0o644, overwrite: true });
    attestations.push({ ...a, bundlePaths });
  }
  return { attestations, warnings: made.warnings };
}
