/**
 * The baseline of bench/analyze-process.ts: compromise doing less than `npm run analyze` (names
 * and quotes, as bench/run.ts times it in process) over text files, as a whole process.
 * `node bench/compromise-process.mjs FILE...` prints what it found, so that no work is skipped.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

let found = 0;
for (const file of process.argv.slice(2)) {
  const doc = nlp(readFileSync(file, 'utf8'));
  found += doc.people().json().length + doc.quotations().json().length;
}
console.log(found);
