// The root entry point re-exports every module's public face. Each module's index.ts lists its exports
// by name; a name exported by two modules would be a compile error here (TS2308), which keeps the
// root surface unambiguous.
export * from './core/index.js';
export * from './eligibility/index.js';
export * from './curriculum/index.js';
export * from './accounting/index.js';
export * from './matching/index.js';
export * from './programme/index.js';
