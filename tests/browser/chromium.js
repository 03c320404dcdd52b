// What the browser tests share: Debian's Chromium as playwright-core drives
// it (headless, nothing fetched in the background), and their command line.
'use strict';

const CHROMIUM = process.env.NENDIFF_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync'];

// --nendiff BIN --samples DIR --out DIR, each required.
function options() {
  const args = process.argv.slice(2), out = {};
  for (let i = 0; i + 1 < args.length; i += 2) out[args[i].replace(/^--/, '')] = args[i + 1];
  for (const key of ['nendiff', 'samples', 'out'])
    if (!out[key]) throw new Error(`missing --${key} (usage: --nendiff BIN --samples DIR --out DIR)`);
  return out;
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, options };
