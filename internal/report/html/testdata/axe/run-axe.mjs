// Runs axe-core on HTML files in Debian's chromium, at a desktop and a
// phone viewport, and prints one JSON result per file and viewport:
//   node run-axe.mjs FILE...
// Used by the Go tests of internal/report/html; see html_test.go.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core');

const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 740 },
];

// The machine has no internet: without these flags chromium waits on
// connections it cannot make.
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  timeout: 60000,
});
const results = [];
try {
  for (const file of process.argv.slice(2)) {
    for (const vp of viewports) {
      const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
      const page = await context.newPage();
      // Anything the page asks for besides itself breaks the promise of a
      // self-contained file.
      const requests = [];
      page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
      await page.goto(pathToFileURL(file).href);
      await page.addScriptTag({ path: axePath });
      const axe = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        resultTypes: ['violations'],
      }));
      // Horizontal overflow makes a phone reader scroll sideways line by line.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      // So does a column squeezed to a few words a line.
      const narrowest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('table.promise tbody th, table.promise tbody td')]
        .filter((c) => c.textContent.trim() !== '')
        .map((c) => Math.round(c.getBoundingClientRect().width))));
      // The summary's rows, the total's last, laid out alike: as wide as
      // each other.
      const summaryRows = await page.evaluate(() => [...document.querySelectorAll('table.summary tbody tr, table.summary tfoot tr')]
        .map((r) => Math.round(r.getBoundingClientRect().width)));
      results.push({
        file, viewport: vp.name, width: vp.width, height: vp.height, overflow, narrowest, requests, summaryRows,
        passes: axe.passes.length,
        violations: axe.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, summary: n.failureSummary })),
        })),
      });
      await context.close();
    }
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
