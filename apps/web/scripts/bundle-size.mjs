#!/usr/bin/env node
// After `vite build`: the gzip size of the JavaScript each first screen needs (the entry and what it
// imports statically, plus the screen's own lazy chunk). Fails above the budget of 300 KB, and above
// 200 KB for the pages a member opens from a one-time link on a phone (their first screen ever).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const BUDGET = 300 * 1024;
const PHONE_BUDGET = 200 * 1024;
const PHONE_FIRST = new Set([
  'src/features/participation/SurveyAnswerPage.tsx',
  'src/features/participation/BallotPage.tsx',
]);

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}
const gz = (keys) =>
  [...keys].reduce((n, k) => n + gzipSync(readFileSync(join(dist, manifest[k].file))).length, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const base = closure(entry);
const rows = [['login (first screen)', gz(base), BUDGET]];
for (const lazy of manifest[entry].dynamicImports ?? []) {
  const keys = closure(lazy, new Set(base));
  const name = lazy.replace(/^src\/features\//, '').replace(/\.tsx$/, '');
  rows.push([name, gz(keys), PHONE_FIRST.has(lazy) ? PHONE_BUDGET : BUDGET]);
}
let over = false;
for (const [name, size, budget] of rows) {
  over ||= size > budget;
  const mark = budget === BUDGET ? '' : ` (budget ${kb(budget)}: a member's phone)`;
  console.log(`${size > budget ? '✗' : '✓'} ${name.padEnd(36)} ${kb(size)} gzip${mark}`);
}
console.log(`budget per first screen: ${kb(BUDGET)} gzip; one-time link pages: ${kb(PHONE_BUDGET)}`);
if (PHONE_FIRST.size !== rows.filter(([, , b]) => b === PHONE_BUDGET).length) {
  console.log('✗ a one-time link page is no longer its own lazy chunk');
  over = true;
}
process.exit(over ? 1 : 0);
