#!/usr/bin/env node
// `nendiff serve` in a real browser (Debian's Chromium through playwright-core),
// as a reviewer uses it (issue 19): the sample pair chosen on the start page,
// 比較, the summary counts as the CLI's JSON has them, a filter, the XLSX and
// JSON downloads checked; an unreadable, an empty and a too-large file each
// give their one line on the page, and the next comparison still works. The
// uploads go to a TMPDIR of the test's own, which must be empty at the end.
//
// node serve.test.js --nendiff BIN --samples DIR --out DIR
'use strict';

const assert = require('node:assert/strict');
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { CHROMIUM, CHROMIUM_ARGS, options } = require('./chromium.js');

const OLD = 'kenko-iryo-senryaku-2023.txt', NEW = 'kenko-iryo-senryaku-2024.txt';
const MAX_SIZE = 100000;  // above the samples (~70 KB), below the too-large file
// The summary cards in the order the page shows them, as the JSON names them.
const CARDS = ['changed', 'added', 'dropped', 'moved', 'unchanged', 'numbers', 'commitments_added',
  'commitments_dropped', 'commitments_rewritten', 'tag_changes', 'stale', 'outside'];

// What `nendiff compare OLD NEW --format FORMAT` prints in the samples' folder:
// the server names each edition by the file name the browser sent.
function cli(o, format) {
  const r = spawnSync(o.nendiff, ['compare', OLD, NEW, '--format', format], { cwd: o.samples, encoding: 'utf8' });
  assert.equal(r.status, 1, `nendiff compare: ${r.stderr}`);  // 1: the editions differ
  return r.stdout;
}

// Records of a CSV text: line ends outside quotes.
function csvRecords(text) {
  let records = 0, quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) records++;
  }
  return records;
}

// `nendiff serve` on a free port; resolves with its URL once it prints it.
function startServer(o, tmp) {
  const server = spawn(o.nendiff, ['serve', '--listen', '127.0.0.1:0', '--max-size', String(MAX_SIZE)],
    { env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  const url = new Promise((resolve, reject) => {
    let printed = '';
    server.stdout.on('data', (chunk) => {
      printed += chunk;
      const m = printed.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) resolve(m[0]);
    });
    exited.then(({ code }) => reject(new Error(`nendiff serve exited (${code}) before its URL: ${printed}`)));
  });
  return { server, exited, url };
}

// ---- The start page -----------------------------------------------------------

// Chooses the two files and presses 比較; resolves when the next page has loaded.
async function compareOn(page, oldFile, newFile) {
  await page.setInputFiles('#old', oldFile);
  await page.setInputFiles('#new', newFile);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
}

async function checkCards(page, report) {
  const shown = await page.$$eval('ul.cards li b', (bs) => bs.map((b) => Number(b.textContent)));
  assert.deepEqual(shown, CARDS.map((k) => report.summary[k]), 'the summary cards are the JSON summary');
}

async function visibleMeasureRows(page) {
  return page.$$eval('#taihyo tbody tr.m', (rows) => rows.filter((r) => r.getClientRects().length > 0)
    .map((r) => r.dataset.status));
}

async function checkFilter(page, report) {
  await page.click('nav.filters button[data-filter="changed"]');
  const changed = await visibleMeasureRows(page);
  assert.equal(changed.length, report.summary.changed, 'the changed filter shows the changed rows');
  assert.ok(changed.every((s) => s === 'changed'), 'and only them');
  await page.click('nav.filters button[data-filter="all"]');
  assert.equal((await visibleMeasureRows(page)).length, report.measures.length, 'all rows again');
}

// Clicks the download link of `ext` and returns the file's bytes (kept in `out`).
async function download(page, ext, out) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`a[href$="/report.${ext}"]`)]);
  const kept = path.join(out, `serve-report.${ext}`);
  await file.saveAs(kept);
  assert.equal(await file.failure(), null, `the ${ext} download finished`);
  return kept;
}

function unzip(...args) {
  const r = spawnSync('unzip', args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, `unzip ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

// A workbook unzip finds sound, its table sheet a row for each of the CSV's
// (the same table: a header, then a row per unit and heading shown).
function checkXlsx(file, csv) {
  unzip('-tq', file);
  const sheets = [...unzip('-p', file, 'xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(sheets.slice(0, 2), ['概要 Summary', '対照表 Measures'], 'the workbook\'s sheets');
  const rows = (unzip('-p', file, 'xl/worksheets/sheet2.xml').match(/<row /g) || []).length;
  assert.equal(rows, csvRecords(csv), 'the table sheet has the rows of the CSV');
}

async function checkComparison(page, o, expectedJson, expectedCsv) {
  assert.match(page.url(), /\/r\/[0-9a-f]{32}$/, `比較 leads to a permalink, not ${await page.textContent('body')}`);
  const report = JSON.parse(expectedJson);
  await checkCards(page, report);
  await checkFilter(page, report);
  const json = fs.readFileSync(await download(page, 'json', o.out), 'utf8');
  assert.equal(json, expectedJson, 'the JSON download is what nendiff compare --format json prints');
  checkXlsx(await download(page, 'xlsx', o.out), expectedCsv);
  console.log(`ok comparison: ${report.measures.length} rows, the downloads in ${o.out}`);
}

// An upload refused: the start page again, its one line at the top naming the file.
async function checkRefused(page, url, oldFile, newFile, line) {
  await page.goto(url);
  await compareOn(page, oldFile, newFile);
  assert.ok(!/\/r\//.test(page.url()), `no result for ${path.basename(oldFile)}`);
  const alerts = await page.$$eval('p.problem[role="alert"]', (ps) => ps.map((p) => p.textContent));
  assert.equal(alerts.length, 1, 'one problem shown');
  assert.ok(!alerts[0].includes('\n') && !alerts[0].includes('/tmp') && !alerts[0].includes('nendiff-serve-'),
    `one line, no path of the server: ${alerts[0]}`);
  assert.ok(line.test(alerts[0]), `${alerts[0]} should match ${line}`);
  assert.equal(await page.$$eval('form[action="/compare"] button', (b) => b.length), 1, 'the form is there again');
  console.log(`ok refused: ${alerts[0]}`);
}

function hostileFiles(dir) {
  const file = (name, bytes) => { const p = path.join(dir, name); fs.writeFileSync(p, bytes); return p; };
  const elf = Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), Buffer.alloc(4000)]);
  return {
    binary: file('a.out.bin', elf),
    empty: file('empty.txt', ''),
    large: file('large.txt', '・研究開発を推進する。【◎厚】\n'.repeat(5000)),  // ~200 KB
  };
}

async function run(context, o, url, tmp) {
  const page = await context.newPage();
  const problems = [], elsewhere = [];
  // A refused upload is a 4xx page, which Chromium also logs: those are
  // checked as responses (the browser's own /favicon.ico aside).
  const failed = [];
  page.on('response', (r) => {
    const at = new URL(r.url()).pathname;
    if (r.status() >= 400 && at !== '/favicon.ico') failed.push(`${r.request().method()} ${at} ${r.status()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(url) && !r.url().startsWith('data:')) elsewhere.push(r.url()); });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(url);
  const older = path.join(o.samples, OLD), newer = path.join(o.samples, NEW);
  const expected = cli(o, 'json'), csv = cli(o, 'csv');
  await compareOn(page, older, newer);
  await checkComparison(page, o, expected, csv);
  await page.screenshot({ path: path.join(o.out, 'serve-result.png') });

  const bad = hostileFiles(o.out);
  await checkRefused(page, url, bad.binary, newer, /^a\.out\.bin: /);
  await page.screenshot({ path: path.join(o.out, 'serve-refused.png') });
  await checkRefused(page, url, older, bad.empty, /^empty\.txt: /);
  await checkRefused(page, url, bad.large, newer, new RegExp(`^large\\.txt: larger than ${MAX_SIZE} bytes`));
  // From the page that showed the last refusal: the next comparison works.
  await compareOn(page, older, newer);
  await checkComparison(page, o, expected, csv);

  assert.deepEqual(problems, [], 'no console errors');
  assert.deepEqual(failed, ['POST /compare 422', 'POST /compare 422', 'POST /compare 413'], 'only the refusals failed');
  assert.deepEqual(elsewhere, [], 'no request leaves the server');
  assert.deepEqual(fs.readdirSync(tmp), [], 'no upload is left in TMPDIR');
}

async function main() {
  const o = options();
  fs.mkdirSync(o.out, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nendiff-serve-test-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nendiff-chromium-'));
  const { server, exited, url } = startServer(o, tmp);
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, acceptDownloads: true,
    });
    await run(context, o, await url, tmp);
  } finally {
    if (context) await context.close();
    server.kill('SIGTERM');
    const { code } = await exited;
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(tmp, { recursive: true, force: true });
    assert.equal(code, 0, 'nendiff serve stops cleanly on SIGTERM');
  }
}

main().catch((e) => {
  console.error(`FAIL: ${e.stack || e}`);
  process.exit(1);
});
