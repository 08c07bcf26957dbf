import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Every ```ts block in the README and the guides is a program that must run: the docs cannot drift
 * from the library. All blocks run in one tsx process (one module each, imported in turn), which
 * reports per block whether it completed.
 */
const root = join(import.meta.dirname, '..');
const scratch = join(root, 'test', '.docs-snippets');
const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

const snippets = documents.flatMap((document) => {
  const text = readFileSync(join(root, document), 'utf8');
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match, index) => ({
    name: `${document} #${index + 1}`,
    file: `${document.replace(/[^a-z0-9]+/gi, '-')}-${index + 1}.ts`,
    code: match[1] ?? '',
  }));
});

const RUNNER = `
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [resultsFile, ...files] = process.argv.slice(2);
const results = {};
const log = console.log;
console.log = () => {};
for (const file of files) {
  try {
    await import(pathToFileURL(file).href);
    results[file] = 'ok';
  } catch (error) {
    results[file] = String(error && error.stack ? error.stack : error);
  }
}
console.log = log;
writeFileSync(resultsFile, JSON.stringify(results));
`;

let results: Record<string, string> = {};

describe('code in the README and docs', () => {
  beforeAll(async () => {
    mkdirSync(scratch, { recursive: true });
    for (const snippet of snippets) writeFileSync(join(scratch, snippet.file), snippet.code);
    writeFileSync(join(scratch, 'runner.mts'), RUNNER);
    const resultsFile = join(scratch, 'results.json');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', join(scratch, 'runner.mts'), resultsFile, ...snippets.map((s) => join(scratch, s.file))], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    results = JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, string>;
  }, 120_000);
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('finds code blocks to check', () => {
    expect(snippets.length).toBeGreaterThan(5);
  });

  it.each(snippets)('$name runs', ({ file }) => {
    expect(results[join(scratch, file)]).toBe('ok');
  });
});
