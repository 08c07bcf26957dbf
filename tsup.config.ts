import { defineConfig, type Options } from 'tsup';

export const modules = ['core', 'eligibility', 'curriculum', 'accounting', 'matching', 'programme'] as const;

/** The library: one ESM + CJS entry per module, with types. */
export const libraryBuild: Options = {
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(modules.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  // Both builds run at once: the library's clean must leave the command line's folder alone.
  clean: ['!cli/**'],
  splitting: true,
  treeshake: true,
  target: 'node20',
  outDir: 'dist',
};

/**
 * The command line (package.json `bin`): one ESM file with the library code it uses bundled in, so it
 * is not part of the library's exports and builds on its own in a fraction of a second (test/cli builds
 * it this way). date-fns is bundled too: tree-shaken to the few functions used, it spares every start of
 * the command the loading of date-fns' hundreds of modules (startup ~0.2 s instead of ~0.5 s); zod and
 * decimal.js come from the package's dependencies. Its `#!/usr/bin/env node` line comes from
 * src/cli/main.ts; tsup keeps it and marks the file executable.
 */
export const cliBuild: Options = {
  entry: { main: 'src/cli/main.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: false,
  clean: true,
  splitting: false,
  treeshake: true,
  target: 'node20',
  outDir: 'dist/cli',
  noExternal: ['date-fns'],
};

export default defineConfig([libraryBuild, cliBuild]);
