import { hashString } from '../core/index.js';

const MAX = 128;

/**
 * An id made from others (`${base}:${suffix}`) that stays within the 128 characters an id may have:
 * a long base is cut and tagged with its hash, so the result is still unique in practice and always the
 * same for the same inputs. When `taken` says the id is in use, `:2`, `:3`, … is appended.
 * @internal
 */
export function derivedId(base: string, suffix: string, taken: (id: string) => boolean = () => false): string {
  let id = `${base}:${suffix}`;
  if (id.length > MAX) {
    const tag = hashString(base).toString(16).padStart(8, '0');
    id = `${base.slice(0, MAX - suffix.length - tag.length - 8)}~${tag}:${suffix}`;
  }
  if (!taken(id)) return id;
  for (let attempt = 2; ; attempt++) {
    const candidate = `${id.slice(0, MAX - String(attempt).length - 1)}:${attempt}`;
    if (!taken(candidate)) return candidate;
  }
}
