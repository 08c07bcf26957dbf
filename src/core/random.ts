/**
 * A 32-bit FNV-1a hash of a string: a stable number for seeding and tie-breaking.
 *
 * @category Random
 * @example
 * hashString('athlete-0001') === hashString('athlete-0001') //=> true
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A seeded pseudo-random generator (SFC32): the same seed gives the same sequence on every run and
 * platform. Each call returns a number in [0, 1). The library never uses `Math.random`.
 *
 * @category Random
 * @example
 * const next = seededRandom('edition-4');
 * const first = next(); // the same number every time for this seed
 */
export function seededRandom(seed: number | string): () => number {
  let a = typeof seed === 'string' ? hashString(seed) : seed >>> 0;
  let b = hashString(`b${String(seed)}`);
  let c = hashString(`c${String(seed)}`);
  let d = 1;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let warmUp = 0; warmUp < 12; warmUp++) next();
  return next;
}
