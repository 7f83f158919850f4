// Runs the tertial round in the workspace in Debian's chromium, as a
// coordinator would, by keyboard, and prints what it saw as JSON:
//   node workspace.mjs URL FOLDER
// URL is the address the program prints (with the session's key); FOLDER
// the workspace's folder, holding eksjo.toml. Workbooks are filled in
// with exceljs, as a colleague's program would, and dropped on the page.
// axe-core runs on every page at a desktop and a phone width. Used by
// browser_test.go.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import ExcelJS from 'exceljs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core'), 'utf8');
const [address, folder] = process.argv.slice(2);
const source = join(folder, 'eksjo.toml');
const out = { pages: [], steps: {}, requests: [], consoleErrors: [] };

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  timeout: 60000,
});
const origin = new URL(address).origin;

// check runs axe on the page as it is, at a desktop and a phone width, and
// notes whether a phone must scroll sideways.
async function check(page, name) {
  for (const vp of [{ v: 'desktop', width: 1280, height: 900 }, { v: 'phone', width: 375, height: 740 }]) {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    await page.evaluate(axeSource);
    const axe = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    }));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const wide = overflow <= 0 ? [] : await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5).map((e) => e.outerHTML.slice(0, 120)));
    out.pages.push({
      name, viewport: vp.v, overflow, wide, passes: axe.passes.length,
      violations: axe.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.html) })),
    });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// tabTo presses Tab until the element matching selector has the focus,
// as a person without a mouse would, and tells how many presses it took.
async function tabTo(page, selector) {
  for (let i = 1; i <= 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return i;
  }
  throw new Error('Tab never reaches ' + selector + ' on ' + page.url());
}

// press presses a key and waits for the page it leads to.
async function pressAndWait(page, key) {
  await Promise.all([page.waitForNavigation(), page.keyboard.press(key)]);
}

// fill answers a workbook as a colleague would: row by activity text.
async function fill(path, answers) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('Underlag');
  const col = {};
  ws.getRow(1).eachCell((cell, n) => { col[String(cell.value).trim()] = n; });
  for (const a of answers) {
    let found = false;
    ws.eachRow((row, n) => {
      const text = String(row.getCell(col['Aktivitet']).value || '');
      if (n === 1 || !text.startsWith(a.activity)) return;
      found = true;
      if (a.status) row.getCell(col['Status tertial 2 2020']).value = a.status;
      if (a.note) row.getCell(col['Kommentar tertial 2 2020']).value = a.note;
    });
    if (!found) throw new Error('no row for ' + a.activity + ' in ' + path);
  }
  await wb.xlsx.writeFile(path);
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  // chrome:// is the browser's own PDF viewer loading its parts, which it does only at times.
  page.on('request', (r) => { if (!/^(data|chrome|chrome-extension|blob):/.test(r.url()) && !r.url().startsWith(origin)) out.requests.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') out.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => out.consoleErrors.push(String(e)));
  page.on('response', (r) => { if (r.status() >= 400) out.consoleErrors.push(r.status() + ' ' + r.url()); });

  // The address the program opens; the key becomes a cookie.
  await page.goto(address);
  out.steps.startURL = page.url();
  await check(page, 'start');
  out.steps.tabsToSource = await tabTo(page, 'a[href="/k/eksjo.toml"]');
  await pressAndWait(page, 'Enter');
  out.steps.sourceURL = page.url();
  const frame = page.frameLocator('#report');
  out.steps.reportHeading = await frame.locator('h1').first().innerText();
  await check(page, 'source');

  // A save in another program: the report follows.
  const text = readFileSync(source, 'utf8');
  const saved = Date.now();
  writeFileSync(source, text.replace('municipality = "Eksjö kommun"', 'municipality = "Eksjö kommun, sparad"'));
  await frame.locator('text=Eksjö kommun, sparad').first().waitFor({ timeout: 5000 });
  out.steps.followedMs = Date.now() - saved;

  // A broken save: the problems show above the report, which stays.
  writeFileSync(source, text.replace('municipality = "Eksjö kommun"', 'municipality = "Eksjö kommun'));
  await page.locator('#problems [role=alert]').waitFor({ timeout: 5000 });
  out.steps.problemText = await page.locator('#problems').innerText();
  out.steps.reportKept = await frame.locator('text=Eksjö kommun, sparad').count();
  await check(page, 'source with problems');
  writeFileSync(source, text);
  await page.locator('#problems [role=alert]').waitFor({ state: 'detached', timeout: 5000 });
  await page.reload();

  // Skriv själv: an answer that came by phone, typed in.
  // A list is chosen from by typing the start of an option, as by
  // keyboard in every browser.
  await tabTo(page, '#aktivitet');
  await page.keyboard.type('Polisen och kommunen lovar att genomföra två');
  await tabTo(page, '#status');
  await page.keyboard.type('pågår');
  out.steps.typedChoice = await page.evaluate(() => document.querySelector('#aktivitet').value + ' ' + document.querySelector('#status').value);
  await tabTo(page, '#kommentar');
  await page.keyboard.type('Från telefonen: mötet är bokat.');
  await tabTo(page, 'form[action$="/skriv"] button');
  await pressAndWait(page, 'Enter');
  out.steps.written = await page.locator('main').innerText();
  await check(page, 'written');
  await tabTo(page, 'main a[href^="/k/eksjo.toml"]');
  await pressAndWait(page, 'Enter');

  // Skicka ut underlag, one workbook per responsible party.
  // Tab reaches a group of radio buttons at its chosen one; an arrow
  // chooses the next.
  await tabTo(page, 'input[name=per]:checked');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'form[action$="/underlag"] button');
  await pressAndWait(page, 'Enter');
  out.steps.collected = await page.locator('main').innerText();
  await check(page, 'collected');
  const books = await page.locator('ul.files a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  out.steps.books = books;
  mkdirSync(join(folder, 'ifyllda'), { recursive: true });
  const filled = [];
  for (const href of books) {
    const r = await page.request.get(new URL(href, page.url()).href);
    const name = decodeURIComponent(href.split('/').pop());
    const path = join(folder, 'ifyllda', name);
    writeFileSync(path, await r.body());
    filled.push(path);
  }
  const police = filled.find((p) => p.includes('Polisen'));
  const municipality = filled.find((p) => p.includes('Kommunen'));
  await fill(police, [
    { activity: 'Polisen och kommunen lovar att genomföra två medborgarmöte', note: 'Mötet hölls i Mariannelund den 12 juni.' },
    { activity: 'Polisen lovar att genomföra minst tio', status: 'genomförd', note: 'Tolv insatser.' },
  ]);
  await fill(municipality, [
    { activity: 'Kommunen lovar att arbeta med hög skolnärvaro', status: 'pågår', note: 'Närvaron följs varje vecka.' },
  ]);
  out.steps.filled = [police, municipality];
  await tabTo(page, 'main a[href^="/k/eksjo.toml"]');
  await pressAndWait(page, 'Enter');

  // För in svar: the two workbooks dropped on the page.
  copyFileSync(source, join(folder, 'fore-import.toml'));
  const files = [police, municipality].map((p) => ({ name: p.split('/').pop(), data: readFileSync(p).toString('base64') }));
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    }
    const zone = document.querySelector('[data-drop]');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
  out.steps.dropped = await page.evaluate(() => [...document.querySelector('#arbetsbocker').files].map((f) => f.name));
  await tabTo(page, 'form[action$="/forhandsgranska"] button');
  await pressAndWait(page, 'Enter');
  out.steps.preview = await page.locator('main').innerText();
  out.steps.conflicts = await page.locator('fieldset.settle').count();
  await check(page, 'preview');
  await tabTo(page, 'fieldset.settle input[value=behall]');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'form[action$="/for-in"] button');
  await pressAndWait(page, 'Enter');
  out.steps.imported = await page.locator('main').innerText();
  await check(page, 'imported');
  await tabTo(page, 'main a[href^="/k/eksjo.toml"]');
  await pressAndWait(page, 'Enter');

  // Bygg rapport, and open the PDF's link.
  await tabTo(page, 'form[action$="/bygg"] button');
  await pressAndWait(page, 'Enter');
  out.steps.built = await page.locator('main').innerText();
  await check(page, 'built');
  const pdf = await page.locator('ul.files a[href$=".pdf"]').getAttribute('href');
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(pdf)),
    page.locator('ul.files a[href$=".pdf"]').click(),
  ]);
  // Chromium shows a PDF in its own viewer; the bytes are fetched apart.
  const bytes = await (await page.request.get(new URL(pdf, origin).href)).body();
  out.steps.pdf = { status: response.status(), type: response.headers()['content-type'], start: bytes.subarray(0, 5).toString() };
  await context.close();
} catch (e) {
  out.error = String(e && e.stack || e);
  for (const c of browser.contexts()) for (const p of c.pages()) out.lastPage = { url: p.url(), html: (await p.content()).slice(0, 3000) };
} finally {
  await browser.close();
}
console.log(JSON.stringify(out, null, 1));
