// How the Action and the component report a failed run: the error's one line with its code, then its
// cause chain as plain log lines ("caused by: …"), which the CLI prints only under SIGNET_DEBUG. A CI
// log is read after the fact, so it shows why without a rerun.
import { SignetError } from '../../errors.ts';

/** At most this many causes are shown (a chain is short; a cycle must not loop). */
const MAX_CAUSES = 8;

/** A SignetError's code, or a Node system error's (`ENOENT`). */
function codeOf(err: unknown): string | undefined {
  if (err instanceof SignetError) return err.code;
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string')
    return err.code;
  return undefined;
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** The failure's message with its code on the first line, and its causes, one line each. */
export function toCiFailure(err: unknown): { message: string; causes: string[] } {
  const code = codeOf(err);
  // The code goes on the first line: a hint below it (a permissions: block) stays valid YAML.
  const [first, ...rest] = messageOf(err).split('\n');
  const causes: string[] = [];
  let cur: unknown = err instanceof Error ? err.cause : undefined;
  for (let i = 0; cur !== undefined && cur !== null && i < MAX_CAUSES; i++) {
    const c = codeOf(cur);
    causes.push(`caused by: ${messageOf(cur).split('\n')[0]}${c ? ` [${c}]` : ''}`);
    cur = cur instanceof Error ? cur.cause : undefined;
  }
  return { message: [`${first}${code ? ` [${code}]` : ''}`, ...rest].join('\n'), causes };
}
