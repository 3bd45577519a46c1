// Prints the plain closing line CI reads ("N passed, N failed") and fails the run when a test was
// skipped or none ran: a skipped check must never be reported as passing.

/**
 * Why the run fails, or undefined when it passes. SIGNET_ALLOW_SKIPS=1 lets a developer run a subset
 * locally with skips; under CI=true it has no effect, so CI can never report a skipped check as passed.
 */
export function runVerdict({ skipped, total }, env) {
  if (total === 0) return 'no test ran';
  if (skipped > 0) {
    const ci = env.CI === 'true' || env.CI === '1';
    if (ci || env.SIGNET_ALLOW_SKIPS !== '1') {
      return `signet: ${skipped} test(s) skipped; skipped checks are failures${ci ? ' (CI=true: SIGNET_ALLOW_SKIPS has no effect)' : ' (set SIGNET_ALLOW_SKIPS=1 locally to allow)'}`;
    }
  }
  return undefined;
}

export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
      total: results.numTotalTests,
    };
    console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    const verdict = runVerdict(counts, process.env);
    if (verdict) {
      if (verdict !== 'no test ran') console.error(verdict);
      this._error = new Error(verdict);
    }
  }
  getLastError() {
    return this._error;
  }
}
