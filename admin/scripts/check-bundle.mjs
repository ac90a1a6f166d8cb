// After `vite build`: the JavaScript a browser downloads before the panel's first screen (the
// entry chunk and every chunk it imports statically, as gzip), against the limit; the build fails
// above it. Chunks loaded on demand (pages, charts, exports, the evaluation board) are listed apart.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const LIMIT_BYTES = 350 * 1000; // 350 kB, as vite prints kB

const dist = path.resolve(import.meta.dirname, '../dist');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const gzip = (file) => gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;

const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
const first = new Set();
const visit = (key) => {
  if (first.has(key)) return;
  first.add(key);
  for (const dep of manifest[key].imports ?? []) visit(dep);
};
entries.forEach(visit);

const rows = Object.entries(manifest)
  .filter(([, c]) => c.file.endsWith('.js'))
  .map(([key, c]) => ({ file: c.file, gzip: gzip(c.file), first: first.has(key) }));
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const firstTotal = rows.filter((r) => r.first).reduce((s, r) => s + r.gzip, 0);
const lazyTotal = rows.filter((r) => !r.first).reduce((s, r) => s + r.gzip, 0);

console.log('\nFirst load (gzip):');
for (const r of rows.filter((r) => r.first).sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(r.gzip).padStart(9)}  ${r.file}`);
const lazyRows = rows.filter((r) => !r.first).sort((a, b) => b.gzip - a.gzip);
console.log(`Loaded when used: ${lazyRows.length} chunks, ${kb(lazyTotal)} gzip; the largest:`);
for (const r of lazyRows.slice(0, 8)) console.log(`  ${kb(r.gzip).padStart(9)}  ${r.file}`);
console.log(`\nFirst load: ${kb(firstTotal)} of JavaScript gzip (limit ${kb(LIMIT_BYTES)}).`);
if (firstTotal > LIMIT_BYTES) {
  console.error(`The panel's first load is ${kb(firstTotal)} gzip, above the ${kb(LIMIT_BYTES)} limit: load the new code on demand (lazyPage, import()).`);
  process.exit(1);
}
