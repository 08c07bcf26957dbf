import { readFileSync } from 'node:fs';

/**
 * The package's version, read from its package.json (two folders up from both `src/cli/` and the built
 * `dist/cli/`), or `unknown` when it cannot be read.
 */
export function packageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
