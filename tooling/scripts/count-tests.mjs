#!/usr/bin/env node
// Sums Jest JSON reports (jest --json --outputFile=…) and prints the one line CI reads:
// "N passed, N failed" (", N skipped" when some were skipped). A report that is missing or
// unreadable counts as one failure (a run that never wrote its report failed), and makes it exit
// 1, as does a count where no test ran at all. tooling/runtimes writes its smoke reports in the
// same shape.
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
    failed += 1;
    broken = true;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(broken || passed + failed === 0 ? 1 : 0);
