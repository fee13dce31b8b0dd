/**
 * A stable content hash of a scenario document, the same in every browser and in Node (no
 * crypto.subtle, which is async and missing on plain-http origins). Not cryptographic: it detects
 * that a stored attempt ran on different content, it does not resist forgery.
 */

/** JSON with object keys sorted, so key order in the file does not change the hash. */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  writeCanonical(value, (s) => parts.push(s));
  return parts.join('');
}

function writeCanonical(value: unknown, write: (chunk: string) => void): void {
  if (value === null || typeof value !== 'object') {
    write(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    write('[');
    value.forEach((v: unknown, i) => {
      if (i > 0) write(',');
      writeCanonical(v === undefined ? null : v, write);
    });
    write(']');
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  write('{');
  keys.forEach((k, i) => {
    write(i > 0 ? `,${JSON.stringify(k)}:` : `${JSON.stringify(k)}:`);
    writeCanonical(record[k], write);
  });
  write('}');
}

/**
 * Content hash of a scenario (or any JSON value): 28 hex digits from cyrb53 (public domain,
 * bryc) run with two seeds over the canonical JSON, fed chunk by chunk without building the string.
 */
export function contentHash(value: unknown): string {
  let a1 = 0xdeadbeef;
  let a2 = 0x41c6ce57;
  let b1 = 0xdeadbeef ^ 0x9e3779b9;
  let b2 = 0x41c6ce57 ^ 0x9e3779b9;
  writeCanonical(value, (chunk) => {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      a1 = Math.imul(a1 ^ ch, 2654435761);
      a2 = Math.imul(a2 ^ ch, 1597334677);
      b1 = Math.imul(b1 ^ ch, 2654435761);
      b2 = Math.imul(b2 ^ ch, 1597334677);
    }
  });
  return finish(a1, a2) + finish(b1, b2);
}

function finish(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
