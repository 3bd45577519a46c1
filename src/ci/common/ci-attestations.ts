// The Action's and the component's attestations beyond the image: release files as subjects
// (actions/attest's `subject-path`, `subject-digest` + `subject-name`, `subject-checksums`, with
// `predicate-type` + `predicate`/`predicate-path`, or the run's SLSA provenance), written beside the
// files as `<file>.sigstore.json`; and, on GitHub, every bundle of the run stored in the repository's
// attestations (`push-to-github`), with storage records for an organization's pushed image.
import { resolve } from 'node:path';
import { parsePredicateType, SLSA_PROVENANCE_V1 } from '../../attest/index.ts';
import { toBundlesToStore, type RunBundle, type StorageRecordInput } from '../../attestation-store/index.ts';
import type { TokenClaims } from '../../oidc/token.ts';
import type { PipelineResult } from '../../pipeline/run-pipeline.ts';
import { formatRepository } from '../../registry/index.ts';
import type { WitnessOptions } from '../../sign/bundler.ts';
import type { Signer } from '../../sign/signer.ts';
import { attestAndWriteFiles, hasSubjects, resolveSubjects, type SubjectSpec } from './file-subjects.ts';
import { githubStoreTarget, parsePushToGitHub, storeOnGitHub } from './github-store.ts';
import type { CiAdapter } from './run-ci.ts';
import type { CiInputs } from './ci-inputs.ts';
import { UsageError } from './values.ts';

/** The subject inputs of the table. */
export function subjectSpecOf(inputs: CiInputs): SubjectSpec {
  const digest = inputs['subject-digest'];
  const name = inputs['subject-name'];
  const checksums = inputs['subject-checksums'];
  return {
    paths: inputs['subject-path'],
    ...(digest !== undefined ? { digest } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(checksums !== undefined ? { checksums } : {}),
  };
}

/** True when the run attests files and no image (no `tags`). */
export const isFilesOnly = (inputs: CiInputs): boolean =>
  hasSubjects(subjectSpecOf(inputs)) && inputs.tags.length === 0;

/** The in-toto statements of an image run, for GitHub's store. */
export function toRunBundles(r: PipelineResult): RunBundle[] {
  const name = formatRepository(r.build.image);
  const out: RunBundle[] = [];
  for (const s of r.sign?.signatures ?? [])
    out.push({
      subject: `${name}@${s.subject.digest}`,
      kind: 'signature',
      format: s.format,
      bundle: s.bundle,
    });
  for (const [kind, results] of [
    ['provenance', r.provenance ? [r.provenance] : []],
    ['sbom', r.sbomAttestations],
  ] as const) {
    for (const res of results)
      for (const a of res.attestations)
        out.push({ subject: `${name}@${a.subject.digest}`, kind, format: a.format, bundle: a.bundle });
  }
  return out;
}

/** What the file attestations and the GitHub store need from the run. */
export interface CiAttestationsContext {
  adapter: CiAdapter;
  inputs: CiInputs;
  /** The image run, when there was one. */
  image?: PipelineResult;
  /** The image run's signer; made here when absent. */
  signing?: { signer: Signer; witnesses: WitnessOptions };
  makeSigning(): Promise<{ signer: Signer; witnesses: WitnessOptions }>;
  claims(): Promise<TokenClaims | undefined>;
  outputs: Record<string, string>;
}

async function filePredicate(
  ctx: CiAttestationsContext,
): Promise<{ predicateType: string; predicate: unknown }> {
  const { inputs, adapter } = ctx;
  const typeText = inputs['predicate-type'];
  const inline = inputs.predicate;
  const path = inputs['predicate-path'];
  if (inline !== undefined && path !== undefined)
    throw new UsageError('give predicate or predicate-path, not both');
  if (typeText === undefined) {
    if (inline !== undefined || path !== undefined) throw new UsageError('predicate needs predicate-type');
    if (!inputs['attest-provenance']) {
      throw new UsageError(
        'subject inputs need predicate-type with predicate or predicate-path, or attest-provenance: true',
      );
    }
    const made = adapter.provenance(await ctx.claims());
    if ('missing' in made) throw new UsageError(`no SLSA provenance for the subjects: ${made.missing}`);
    return { predicateType: SLSA_PROVENANCE_V1, predicate: made.predicate };
  }
  let predicateType: string;
  try {
    predicateType = parsePredicateType(typeText);
  } catch (err) {
    throw new UsageError(`input predicate-type: ${(err as Error).message}`);
  }
  const text =
    path !== undefined
      ? (await adapter.host.readFile(resolve(adapter.host.cwd, path))).toString('utf8')
      : inline;
  if (text === undefined) throw new UsageError('predicate-type needs predicate or predicate-path');
  try {
    return { predicateType, predicate: JSON.parse(text) as unknown };
  } catch (err) {
    throw new UsageError(
      `input ${path !== undefined ? 'predicate-path' : 'predicate'}: not JSON: ${(err as Error).message}`,
    );
  }
}

/** Attests the subject files (when given) and stores the run's bundles on GitHub (on GitHub). */
export async function attestFilesAndStore(ctx: CiAttestationsContext): Promise<void> {
  const { adapter, inputs, outputs } = ctx;
  const { log, host } = adapter;
  const items: RunBundle[] = ctx.image ? toRunBundles(ctx.image) : [];
  const spec = subjectSpecOf(inputs);
  if (hasSubjects(spec)) {
    const resolved = await resolveSubjects(spec, host, (n) => `input ${n}`);
    const statement = await filePredicate(ctx);
    adapter.onStage?.(
      'provenance',
      `${resolved.subjects.length} file subject(s) (${statement.predicateType})`,
    );
    const made = await attestAndWriteFiles(
      resolved,
      { ...statement, perSubject: inputs['attestation-per-subject'] },
      ctx.signing ?? (await ctx.makeSigning()),
      host,
      adapter.outputDir,
    );
    for (const w of made.warnings) log.warning(w);
    for (const a of made.attestations) {
      log.info(`attested ${a.subjects.map((s) => s.name).join(', ')}: ${a.bundlePaths.join(', ')}`);
      items.push({
        subject: a.subjects.length === 1 ? a.subjects[0]!.name : `${a.subjects.length} files`,
        kind: statement.predicateType === SLSA_PROVENANCE_V1 ? 'provenance' : statement.predicateType,
        format: 'bundle',
        bundle: a.bundleJSON,
      });
    }
    outputs['bundle-path'] ??= made.attestations[0]!.bundlePaths[0]!;
  }
  if (adapter.name !== 'github') return;
  const mode = parsePushToGitHub(inputs['push-to-github'], 'input push-to-github');
  const image = ctx.image;
  const storageRecords: StorageRecordInput[] = image
    ? [
        {
          name: formatRepository(image.build.image),
          digest: image.build.digest,
          registryURL: `https://${image.build.image.registry}`,
          repository: image.build.image.repository,
        },
      ]
    : [];
  const bundles = toBundlesToStore(items);
  const result = await storeOnGitHub(
    mode,
    githubStoreTarget(host, inputs['github-token'], adapter.ownerIsOrganization === true),
    bundles,
    { storageRecords, fetch: host.fetch },
  );
  if ('skipped' in result) {
    if (mode !== 'false') log.notice(result.skipped);
    return;
  }
  for (const w of result.stored.warnings) log.warning(w);
  const stored = result.stored.attestations;
  if (stored.length === 0) return;
  const root = image ? `provenance of ${formatRepository(image.build.image)}@${image.build.digest}` : '';
  const main = stored.find((a) => a.label === root) ?? stored[0]!;
  outputs['attestation-id'] = main.id;
  outputs['attestation-url'] = main.url;
  log.info(`stored ${stored.length} attestation(s) on GitHub: ${stored.map((a) => a.url).join(', ')}`);
}
