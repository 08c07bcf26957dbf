/**
 * Escapes text for HTML element content and double- or single-quoted attribute values: `&`, `<`,
 * `>`, `"` and `'` become character references, so a name like `<script>` renders as text (and a NUL,
 * which HTML forbids, becomes U+FFFD).
 * @internal
 */
export function escapeHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
  return escaped.includes('\u0000') ? escaped.replaceAll('\u0000', '\uFFFD') : escaped;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Shortens a label to at most `length` characters, ending it with an ellipsis when cut (before
 * escaping: the caller escapes the result).
 * @internal
 */
export function truncateLabel(text: string, length: number): string {
  const characters = Array.from(text);
  return characters.length <= length ? text : `${characters.slice(0, Math.max(1, length - 1)).join('').trimEnd()}…`;
}
