#!/usr/bin/env node
// Sums Jest JSON reports (jest --json --outputFile=…) and prints the one line CI reads:
// "N passed, N failed" (", N skipped" when some were skipped). Exits 1 when a report is
// missing or unreadable, or when no test ran at all.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    // A suite that failed to load has no failed tests but must still count as a failure.
    failed += report.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
  } catch (error) {
    console.error(`count-tests: cannot read ${file}: ${error.message}`);
    broken = true;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(broken || passed + failed === 0 ? 1 : 0);
