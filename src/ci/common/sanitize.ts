// The one sanitiser for text Signet shows that may come from a registry, an image or a token (platform
// fields, annotations, error bodies, claims): each CI surface gets the escaping its renderer needs.
//  - The CLI's stdout (JSON, SBOMs, YAML, text): control characters written as visible `\uXXXX`, so a
//    JSON document keeps its meaning and a terminal sees no escape sequence.
//  - Terminal messages and the GitLab job log: ANSI escape sequences (colours, cursor moves, OSC 8 links, title
//    changes) and control characters are removed, so a registry cannot repaint or hide log lines.
//  - GitHub log lines: the same, and one line per message, because the runner reads workflow commands
//    (`::add-mask::`, `::stop-commands::` …) at the start of any line a step prints.
//  - The GitHub job summary (Markdown with HTML): entities for HTML and for Markdown's own syntax, so
//    that text stays text (no links, images, tags or table breaks).
// Annotations (core.warning/error/setFailed) are escaped by @actions/core itself (%, CR, LF as %25,
// %0D, %0A); they get the terminal clean-up first. Written by hand: the few rules are the point, and a
// library for each renderer would be three dependencies for twenty lines.

/**
 * ANSI/ECMA-48 escape sequences: CSI (ESC [ … final, or the 8-bit CSI), OSC (ESC ] … BEL or ST, or the
 * 8-bit OSC), DCS/SOS/PM/APC strings, and two-character ESC sequences.
 */
const ANSI_SEQUENCE =
  // eslint-disable-next-line no-control-regex -- matching control characters is this module's job
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)|\u001b[ -/]*[0-~]?/g;

/** C0 and C1 control characters, DEL, and the Unicode bidi controls (text that reads other than it is). */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const CONTROL_EXCEPT_NEWLINE_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text for a terminal or the GitLab log: no escape sequences, no control characters but newline and tab. */
export function toTerminalText(text: string): string {
  return text.replace(ANSI_SEQUENCE, '').replace(/\r\n?/g, '\n').replace(CONTROL_EXCEPT_NEWLINE_TAB, '');
}

/** Control characters but newline and tab, DEL, C1 and the bidi controls, one at a time. */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const CONTROL_CHAR = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Output meant for programs as well as terminals (the CLI's stdout: JSON documents, SBOMs, YAML):
 * every control character but newline and tab is written as a visible `\uXXXX`. An escape sequence
 * thus cannot act on a terminal, and a JSON document stays the same document (JSON.stringify leaves
 * C1 and bidi characters raw; their escaped form parses to the same string).
 */
export function toTerminalOutput(text: string): string {
  return text.replace(CONTROL_CHAR, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line of terminal text: newlines and tabs become spaces. */
export function toTerminalLine(text: string): string {
  return toTerminalText(text).replace(/[\n\t]+/g, ' ');
}

const HTML_AND_MARKDOWN: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '*': '&#42;',
  _: '&#95;',
  '`': '&#96;',
  '!': '&#33;',
  '|': '&#124;',
  '\\': '&#92;',
  '~': '&#126;',
  '#': '&#35;',
};

/** Text for the GitHub job summary (Markdown and HTML): one line, every active character as an entity. */
export function toSummaryText(text: string): string {
  return toTerminalLine(text).replace(/[&<>"'[\]()*_`!|\\~#]/g, (c) => HTML_AND_MARKDOWN[c]!);
}
