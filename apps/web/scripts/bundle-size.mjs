#!/usr/bin/env node
// After `vite build`: the gzip size of the JavaScript each first screen needs (the entry and what it
// imports statically, plus the screen's own lazy chunk). Fails above the budget of 300 KB.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const BUDGET = 300 * 1024;

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}
const gz = (keys) => [...keys].reduce((n, k) => n + gzipSync(readFileSync(join(dist, manifest[k].file))).length, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const base = closure(entry);
const rows = [['login (first screen)', gz(base)]];
for (const lazy of manifest[entry].dynamicImports ?? []) {
  const keys = closure(lazy, new Set(base));
  rows.push([lazy.replace(/^src\/features\//, '').replace(/\.tsx$/, ''), gz(keys)]);
}
let over = false;
for (const [name, size] of rows) {
  over ||= size > BUDGET;
  console.log(`${size > BUDGET ? '✗' : '✓'} ${name.padEnd(36)} ${kb(size)} gzip`);
}
console.log(`budget per first screen: ${kb(BUDGET)} gzip`);
process.exit(over ? 1 : 0);
