// The error type every Signet stage throws. Each area subclasses it with its own code union
// (RegistryError, SignError, VerifyError, PolicyError), so tests assert on codes and people read messages.

/** A Signet failure: a stable `code` for programs, a lowercase one-line message for people. */
export class SignetError<C extends string = string> extends Error {
  readonly code: C;
  constructor(code: C, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** The message of `err` followed by its causes, one per line, for logs (never for secrets). */
export function describeError(err: unknown): string {
  const lines: string[] = [];
  let cur: unknown = err;
  for (let depth = 0; cur !== undefined && cur !== null && depth < 8; depth++) {
    lines.push(cur instanceof Error ? cur.message : String(cur));
    cur = cur instanceof Error ? cur.cause : undefined;
  }
  return lines.join('\n  caused by: ');
}
