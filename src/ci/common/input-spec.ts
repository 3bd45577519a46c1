// The shape of one row of the input table (src/ci/common/inputs.ts) and the GitLab `regex:` patterns
// the rows share.

/** How an input's text is read. */
export type InputKind = 'string' | 'boolean' | 'list' | 'choice';

/** One input of the Action (`with:`) and of the GitLab component (`inputs:`). */
export interface InputSpec {
  name: string;
  kind: InputKind;
  description: string;
  /** The default both surfaces show ('' = none). */
  default: string;
  /** `choice`: the allowed values. */
  options?: readonly string[];
  /** GitLab `regex:` constraining a string input (anchored). */
  regex?: string;
  /** A secret: masked in logs; not a component input on GitLab (use a masked CI/CD variable instead). */
  secret?: boolean;
  /** Only on this surface. */
  only?: 'github' | 'gitlab';
  /** The component's default and regex when they differ from the Action's. */
  gitlabDefault?: string;
  gitlabRegex?: string;
  /** Also an input of the verify-only component and `mode: verify`. */
  verify?: boolean;
}

export const URL_RE = '^(https?://\\S+)?$';
export const NO_NEWLINE = '^[^\\n]*$';
/** `KEY=VALUE` per line (GitLab `regex:`; RE2 syntax, as GitLab checks it). */
export const KEY_VALUE_LINES = '^([^=\\n]+=[^\\n]*(\\n|$))*$';
