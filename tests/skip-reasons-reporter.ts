// Playwright reporter that prints why each skipped test was skipped (the list reporter shows only that it was),
// so that a reader of the test output sees the reason — e.g. no Electron binary on this machine.
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasons implements Reporter {
  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const why = test.annotations.filter((a) => a.type === 'skip' || a.type === 'fixme').map((a) => a.description ?? '');
    console.log(`skipped: ${test.titlePath().filter(Boolean).join(' › ')}${why.length ? ` — ${why.join('; ')}` : ''}`);
  }
  printsToStdio(): boolean {
    return false;
  }
}
