import { defineConfig } from 'tsup';

export const modules = ['core', 'eligibility', 'curriculum', 'accounting', 'matching', 'programme'] as const;

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(modules.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'node20',
  outDir: 'dist',
});
