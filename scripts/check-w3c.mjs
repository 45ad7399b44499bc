/**
 * Runs the MUST assertions of the W3C Web Annotation test suite (web-platform-tests/wpt,
 * annotation-model/) over Web Annotation files, as the suite's own runner (scripts/JSONtest.js,
 * and the .test format of its README) does, without a browser:
 *
 *   node scripts/check-w3c.mjs --suite DIR [--allow-missing] FILE.jsonld...
 *
 * DIR is a copy of annotation-model/ (the suite is not on npm and never goes into this repository).
 * Every .test under DIR/annotations runs over each annotation, every .test under DIR/collections
 * over each collection. The suite's schemas are JSON Schema draft-04, whose $refs name the files
 * under DIR/definitions by their `id` ("bodyTarget.json#/definitions/…"): they are loaded by it.
 * An annotation embedded in a collection is checked as the document it would be on its own, with
 * the collection's @context (the suite's assertions are written for one annotation a document).
 * Prints a table, one line an assertion; exits 1 when a MUST assertion fails, cannot be compiled,
 * or names a file the suite folder lacks (--allow-missing lists those as not run instead).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const USAGE = 'usage: node scripts/check-w3c.mjs --suite DIR [--allow-missing] FILE.jsonld...';
const ACTIONS = {
  failAndContinue: 'continue',
  failAndSkip: 'skip',
  failAndAbort: 'abort',
  passAndContinue: 'continue',
  passAndSkip: 'skip',
  passAndAbort: 'abort',
};

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function filesUnder(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: false })
    .map(String)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The suite's schemas: draft-04 (`id`, boolean exclusiveMinimum), its own keywords ignored, formats checked. */
function makeAjv(suite) {
  const ajv = new Ajv04({ allErrors: true, validateSchema: false, strict: false, logger: false });
  addFormats(ajv);
  for (const file of filesUnder(path.join(suite, 'definitions'), '.json')) ajv.addSchema(readJson(file));
  return ajv;
}

/**
 * A .test's assertion list, loaded: a string names a file (relative to the suite when it has a
 * slash, else to the .test's folder); an object with `assertionFile` is that file with the
 * object's keys over it; an array is a nested list; an object with `assertions` is a condition.
 */
function loadList(list, suite, testDir, missing) {
  return list.map((entry) => {
    if (Array.isArray(entry)) return loadList(entry, suite, testDir, missing);
    const ref = typeof entry === 'string' ? entry : entry.assertionFile;
    if (entry.assertions) return { ...entry, assertions: loadList(entry.assertions, suite, testDir, missing) };
    if (!ref) return entry;
    const file = ref.includes('/') ? path.join(suite, ref) : path.join(testDir, ref);
    if (!existsSync(file)) {
      missing.add(ref);
      return { missing: ref, title: ref };
    }
    const loaded = readJson(file);
    return typeof entry === 'string' ? { ...loaded, assertionFile: ref } : { ...loaded, ...entry };
  });
}

function loadTests(suite, folder) {
  return filesUnder(path.join(suite, folder), '.test').map((file) => {
    const test = readJson(file);
    const missing = new Set();
    if (!Array.isArray(test.assertions) || !test.assertions.length) throw new Error(`${file}: has no assertion list`);
    return {
      file: path.relative(suite, file),
      name: test.name,
      assertions: loadList(test.assertions, suite, path.dirname(file), missing),
      missing,
    };
  });
}

const isMust = (a) => (a.assertionType ?? 'must') === 'must';

/** Runs one assertion list over `content`: results by assertion, in order, and the action left for the caller. */
function runList(list, content, ajv, compiled, results, action = 'continue') {
  for (const assertion of list) {
    if (action === 'abort') break;
    if (Array.isArray(assertion)) {
      if (runList(assertion, content, ajv, compiled, results, action) === 'abort') action = 'abort';
      continue;
    }
    const key = assertion;
    if (action === 'skip') {
      results.push({ assertion: key, status: 'skipped' });
      continue;
    }
    if (assertion.missing) {
      results.push({ assertion: key, status: 'missing' });
      continue;
    }
    let valid;
    let errors = '';
    if (assertion.assertions) {
      const inner = [];
      runList(assertion.assertions, content, ajv, compiled, inner);
      const passes = inner.filter((r) => r.status !== 'skipped').map((r) => r.status === 'pass');
      valid = assertion.compareWith === 'or' ? passes.some(Boolean) : passes.every(Boolean);
    } else {
      let validate = compiled.get(key);
      if (!validate) {
        try {
          // Without its `id`: two .test files may load the same file, and ajv keeps one schema an id.
          const { assertionFile: _file, id: _id, ...schema } = assertion;
          validate = ajv.compile(schema);
        } catch (e) {
          validate = { error: e instanceof Error ? e.message : String(e) };
        }
        compiled.set(key, validate);
      }
      if (validate.error) {
        results.push({ assertion: key, status: 'error', errors: `cannot compile: ${validate.error}` });
        continue;
      }
      valid = validate(content);
      if (!valid) errors = ajv.errorsText(validate.errors);
    }
    const expected = assertion.expectedResult ?? 'valid';
    const asExpected = (expected === 'valid') === valid;
    const onUnexpected = assertion.onUnexpectedResult ?? 'failAndContinue';
    if (!asExpected) action = ACTIONS[onUnexpected] ?? 'continue';
    results.push({ assertion: key, status: asExpected || onUnexpected.startsWith('pass') ? 'pass' : 'fail', errors });
  }
  return action;
}

/** The annotations and collections a file holds: an Annotation, or an AnnotationCollection with its pages embedded. */
function documentsOf(doc) {
  const types = [doc.type].flat();
  if (types.includes('Annotation')) return { annotations: [doc], collections: [] };
  if (!types.includes('AnnotationCollection')) return { annotations: [], collections: [] };
  const annotations = [];
  for (let page = doc.first; page && typeof page === 'object'; page = typeof page.next === 'object' ? page.next : null) {
    for (const item of page.items ?? []) if (item && typeof item === 'object') annotations.push({ '@context': doc['@context'], ...item });
  }
  return { annotations, collections: [doc] };
}

function label(assertion) {
  const title = String(assertion.title ?? assertion.missing ?? 'inline assertion')
    .replace(/\*\*|_/g, '')
    .replace(/ - \[model.*$/, '');
  return `${assertion.assertionFile ?? assertion.missing ?? 'inline'}: ${title}`.slice(0, 150);
}

function main(argv) {
  const { values, positionals: files } = parseArgs({
    args: argv,
    options: { suite: { type: 'string' }, 'allow-missing': { type: 'boolean' } },
    allowPositionals: true,
  });
  if (!values.suite || !files.length) {
    console.error(USAGE);
    return 2;
  }
  const suite = path.resolve(values.suite);
  const ajv = makeAjv(suite);
  const groups = [
    { kind: 'annotation', tests: loadTests(suite, 'annotations') },
    { kind: 'collection', tests: loadTests(suite, 'collections') },
  ];
  if (!groups[0].tests.length) {
    console.error(`check-w3c: ${suite} has no annotations/*.test: is it the suite's annotation-model folder?`);
    return 2;
  }
  const compiled = new Map();
  let failed = false;
  for (const file of files) {
    let docs;
    try {
      docs = documentsOf(readJson(file));
    } catch (e) {
      console.log(`\n${file}: cannot be read (${e instanceof Error ? e.message : String(e)})`);
      failed = true;
      continue;
    }
    console.log(
      `\n${file}: ${docs.annotations.length} annotations, ${docs.collections.length} collection${docs.collections.length === 1 ? '' : 's'}`,
    );
    if (!docs.annotations.length && !docs.collections.length) {
      console.log('  FAIL  neither an Annotation nor an AnnotationCollection');
      failed = true;
    }
    for (const { kind, tests } of groups) {
      const targets = kind === 'annotation' ? docs.annotations : docs.collections;
      if (!targets.length) continue;
      for (const test of tests) {
        // By assertion: how many targets passed, and the first failures.
        const tally = new Map();
        for (const target of targets) {
          const results = [];
          runList(test.assertions, target, ajv, compiled, results);
          for (const r of results) {
            if (!isMust(r.assertion)) continue;
            const t = tally.get(r.assertion) ?? { pass: 0, fail: 0, skipped: 0, status: r.status, failures: [] };
            if (r.status === 'pass') t.pass++;
            else if (r.status === 'skipped') t.skipped++;
            else {
              t.fail++;
              t.status = r.status;
              if (t.failures.length < 3) t.failures.push(`${target.id ?? '(no id)'}: ${(r.errors ?? '').slice(0, 300)}`);
            }
            tally.set(r.assertion, t);
          }
        }
        if (!tally.size) continue;
        console.log(`  ${test.file} (${kind}: ${test.name})`);
        for (const [assertion, t] of tally) {
          const missing = t.status === 'missing';
          const word = missing
            ? values['allow-missing']
              ? 'NOT RUN'
              : 'MISSING'
            : t.fail
              ? t.status === 'error'
                ? 'ERROR'
                : 'FAIL'
              : t.pass
                ? 'PASS'
                : 'SKIPPED';
          if (word === 'MISSING' || word === 'FAIL' || word === 'ERROR') failed = true;
          const counts = missing
            ? 'file not in the suite folder'
            : `${t.pass}/${targets.length}${t.skipped ? `, ${t.skipped} skipped` : ''}`;
          console.log(`    ${word.padEnd(7)} ${counts.padEnd(12)} ${label(assertion)}`);
          for (const f of missing ? [] : t.failures) console.log(`              ${f}`);
        }
      }
    }
  }
  console.log(failed ? '\ncheck-w3c: a file could not be read, or a MUST assertion failed' : '\ncheck-w3c: every MUST assertion passed');
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
