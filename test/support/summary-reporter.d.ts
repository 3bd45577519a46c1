// Types of the reporter's pure verdict, for its unit test (the reporter itself is plain JS for Jest).
export function runVerdict(
  counts: { passed: number; failed: number; skipped: number; total: number },
  env: Record<string, string | undefined>,
): string | undefined;
export default class SummaryReporter {
  onRunComplete(contexts: unknown, results: unknown): void;
  getLastError(): Error | undefined;
}
