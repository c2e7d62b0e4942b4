#!/usr/bin/env node
/**
 * Where a CPU profile's time went: self time by function and by package (node_modules/<name>,
 * our libs/apps, node internals), as shares of the sampled time.
 *   node scripts/cpuprofile-top.js /tmp/api.cpuprofile [rows=30]
 */
const { readFileSync } = require('fs');

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/cpuprofile-top.js <file.cpuprofile> [rows]');
  process.exit(2);
}
const rows = Number(rowsArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const total = profile.samples.length;

function packageOf(url) {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node';
  const m = /\/(libs\/[^/]+|apps\/[^/]+|bench)\//.exec(url);
  return m ? m[1] : url;
}

const fns = new Map();
const pkgs = new Map();
for (const [id, n] of hits) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '')}:${lineNumber + 1}`;
  fns.set(key, (fns.get(key) ?? 0) + n);
  const pkg = packageOf(url);
  pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + n);
}
const pct = (n) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
console.log(`${total} samples`);
console.log('\nby package (self time)');
for (const [k, n] of [...pkgs].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${pct(n)}  ${k}`);
console.log('\nby function (self time)');
for (const [k, n] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${pct(n)}  ${k}`);
