import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Every ```ts block in the README and the guides is a program that must run: the docs cannot drift
 * from the library. (Blocks fenced as ```ts nocheck are skipped.)
 */
const root = join(import.meta.dirname, '..');
const scratch = join(root, 'test', '.docs-snippets');
const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

const snippets = documents.flatMap((document) => {
  const text = readFileSync(join(root, document), 'utf8');
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match, index) => ({ name: `${document} #${index + 1}`, code: match[1] ?? '' }));
});

describe('code in the README and docs', () => {
  mkdirSync(scratch, { recursive: true });
  afterAll(() => { rmSync(scratch, { recursive: true, force: true }); });

  it('finds code blocks to check', () => {
    expect(snippets.length).toBeGreaterThan(5);
  });

  it.each(snippets)('$name runs', ({ name, code }) => {
    const file = join(scratch, `${name.replace(/[^a-z0-9]+/gi, '-')}.ts`);
    writeFileSync(file, code);
    const run = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
