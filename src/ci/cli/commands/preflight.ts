// `signet preflight`: verify every image of Kubernetes manifests against a pre-flight policy and write
// them pinned by digest, with reports.
import { isAbsolute, join } from 'node:path';
import {
  parsePreflightPolicy,
  preflight,
  toPreflightJSON,
  toPreflightMarkdown,
} from '../../../cluster/index.ts';
import { bool, str, UsageError } from '../../common/values.ts';
import type { Command } from '../command.ts';
import { REGISTRY_FLAGS, registryClient, trustedRoot } from '../../common/context.ts';
import type { Host } from '../../common/host.ts';
import { countFlag } from '../args.ts';
import { defaultConcurrency } from '../images.ts';
import { preflightVerifier, type PreflightCheck } from '../../common/preflight-verifier.ts';
import { combineVsaEvidence, toVsaEvidence } from '../../../attest/index.ts';
import { missingEvidence, checkVsaFlags, VSA_WRITE_FLAGS, wantsVsa, writeVsa } from '../../common/vsa.ts';
import { COSIGN_SIGN_PREDICATE_TYPE } from '../../../sign/index.ts';
import type { Digest, ImageRef } from '../../../registry/index.ts';

const path = (host: Host, p: string) => (isAbsolute(p) ? p : join(host.cwd, p));

async function manifestFiles(host: Host, args: string[]): Promise<{ path: string; text: string }[]> {
  const out: { path: string; text: string }[] = [];
  const visit = async (p: string) => {
    const entries = await host.readDir(path(host, p));
    if (entries === undefined) {
      out.push({ path: p, text: (await host.readFile(path(host, p))).toString('utf8') });
      return;
    }
    for (const e of entries) {
      if (e.directory || /\.(ya?ml|json)$/.test(e.name)) await visit(join(p, e.name));
    }
  };
  for (const a of args) await visit(a);
  return out;
}

export const preflightCommand: Command = {
  name: 'preflight',
  usage: 'signet preflight --policy P [--output-dir DIR] [--report NAME] FILES|DIRS',
  flags: {
    policy: {
      type: 'string',
      value: 'FILE',
      description: 'pre-flight policy: rules of image globs and their signers',
    },
    'output-dir': {
      type: 'string',
      value: 'DIR',
      description: 'write the manifests with images pinned here',
    },
    report: { type: 'string', value: 'NAME', description: 'write NAME.json and NAME.md reports' },
    'trusted-root': {
      type: 'string',
      value: 'FILE',
      description: 'Sigstore trusted_root.json (default public-good via TUF)',
    },
    'insecure-ignore-tlog': { type: 'boolean', description: 'accept key signatures without a tlog entry' },
    concurrency: {
      type: 'string',
      value: 'N',
      description: 'verifications in flight (default: the number of CPUs Node may use, 2 to 16)',
    },
    ...VSA_WRITE_FLAGS,
    ...REGISTRY_FLAGS,
  },
  async run({ flags, positionals }, host) {
    if (positionals.length === 0) throw new UsageError('give the manifest FILES or DIRS to check');
    checkVsaFlags(flags, host);
    const policyPath = str(flags, 'policy');
    if (!policyPath) throw new UsageError('--policy is required');
    const policy = parsePreflightPolicy(
      (await host.readFile(path(host, policyPath))).toString('utf8'),
      policyPath,
    );
    const files = await manifestFiles(host, positionals);
    const noTlog = bool(flags, 'insecure-ignore-tlog');
    const needsRoot = policy.rules.some((r) => r.signers.some((s) => s.kind === 'keyless')) || !noTlog;
    const registry = await registryClient(flags, host, []);
    try {
      // Each distinct image's checks, for its verification summary (--vsa).
      const checked = new Map<
        string,
        { image: ImageRef; digest: Digest; checks: PreflightCheck[]; verified: boolean }
      >();
      const result = await preflight(
        { files, policy, concurrency: countFlag(flags, 'concurrency') ?? defaultConcurrency() },
        preflightVerifier({
          registry,
          trustedRoot: needsRoot ? await trustedRoot(flags, host) : undefined,
          noTlog,
          onChecked(image, digest, checks, verified) {
            checked.set(`${image.registry}/${image.repository}@${digest}`, {
              image,
              digest,
              checks,
              verified,
            });
          },
        }),
      );
      for (const c of checked.values()) {
        if (!wantsVsa(flags, c.verified)) continue;
        const evidence = combineVsaEvidence(
          c.checks.map((k) =>
            k.result
              ? toVsaEvidence({ policy: k.policy, signatures: k.result })
              : missingEvidence(k.policy, [COSIGN_SIGN_PREDICATE_TYPE]),
          ),
        );
        await writeVsa(flags, host, registry, { image: c.image, digest: c.digest, evidence });
      }
      const outDir = str(flags, 'output-dir');
      if (outDir && result.ok) {
        for (const f of result.files)
          await host.writeFile(join(path(host, outDir), f.path), f.text, { mode: 0o644, overwrite: true });
      }
      const report = str(flags, 'report');
      if (report) {
        await host.writeFile(path(host, `${report}.json`), toPreflightJSON(result), {
          mode: 0o644,
          overwrite: true,
        });
        await host.writeFile(path(host, `${report}.md`), toPreflightMarkdown(result), {
          mode: 0o644,
          overwrite: true,
        });
      }
      for (const i of result.images) host.stdout(`${i.status}\t${i.pinned ?? i.image}\n`);
      if (result.error) {
        host.stderr(`signet preflight: ${result.error.message} [${result.error.code}]\n`);
        return 1;
      }
      return 0;
    } finally {
      registry.close();
    }
  },
};
