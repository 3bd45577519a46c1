// Parses `WWW-Authenticate` challenges (RFC 7235 §4.1 as registries use them): `Basic realm="…"` or
// `Bearer realm="…",service="…",scope="…"`. Pure.
// https://distribution.github.io/distribution/spec/auth/token/

/** One authentication challenge from a 401 response. */
export interface Challenge {
  /** Lowercase scheme: `basic` or `bearer`. */
  scheme: string;
  /** Lowercase parameter names, unquoted values. */
  params: Record<string, string>;
}

/** Parses every challenge in a `WWW-Authenticate` header value. */
export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = [];
  let i = 0;
  const s = header;
  let current: Challenge | undefined;
  const skipWs = () => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === ',')) i++;
  };
  while (i < s.length) {
    skipWs();
    const start = i;
    while (i < s.length && /[A-Za-z0-9!#$%&'*+.^_`|~-]/.test(s[i]!)) i++;
    const token = s.slice(start, i);
    if (token === '') {
      i++;
      continue;
    }
    while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
    if (s[i] === '=') {
      i++;
      while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
      let value = '';
      if (s[i] === '"') {
        i++;
        while (i < s.length && s[i] !== '"') {
          if (s[i] === '\\' && i + 1 < s.length) i++;
          value += s[i];
          i++;
        }
        i++;
      } else {
        const vs = i;
        while (i < s.length && s[i] !== ',' && s[i] !== ' ') i++;
        value = s.slice(vs, i);
      }
      if (current) current.params[token.toLowerCase()] = value;
    } else {
      current = { scheme: token.toLowerCase(), params: {} };
      out.push(current);
    }
  }
  return out;
}

/** The access a request needs: `repository:<name>:pull` or `…:pull,push`. */
export interface Scope {
  repository: string;
  actions: ('pull' | 'push' | 'delete')[];
}

/** Formats a scope the way token services expect it. */
export function formatScope(scope: Scope): string {
  return `repository:${scope.repository}:${scope.actions.join(',')}`;
}
