// Prints the plain closing line CI reads ("N passed, N failed") and fails the run when a test was
// skipped or none ran: a skipped check must never be reported as passing.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    if (skipped > 0 && process.env.SIGNET_ALLOW_SKIPS !== '1') {
      console.error(
        `signet: ${skipped} test(s) skipped; skipped checks are failures (set SIGNET_ALLOW_SKIPS=1 locally to allow)`,
      );
      this._error = new Error('skipped tests');
    }
    if (results.numTotalTests === 0) this._error = new Error('no test ran');
  }
  getLastError() {
    return this._error;
  }
}
