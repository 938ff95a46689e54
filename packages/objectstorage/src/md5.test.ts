import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createMd5 } from './md5.js';

const encoder = new TextEncoder();

/** RFC 1321, appendix A.5. */
const RFC_1321 = [
  ['', 'd41d8cd98f00b204e9800998ecf8427e'],
  ['a', '0cc175b9c0f1b6a831c399e269772661'],
  ['abc', '900150983cd24fb0d6963f7d28e17f72'],
  ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
  ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'd174ab98d277d9f5a5611c2c9f419d9f'],
  ['12345678901234567890123456789012345678901234567890123456789012345678901234567890', '57edf4a22be3c955ac49da2e2107b67a'],
] as const;

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function portableMd5(chunks: readonly Uint8Array[]): string {
  const md5 = createMd5({ portable: true });
  for (const chunk of chunks) md5.update(chunk);
  return md5.digest();
}

function nodeMd5(bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('hex');
}

describe('the portable MD5', () => {
  it("gives RFC 1321's test vectors", () => {
    for (const [text, digest] of RFC_1321) expect([text, portableMd5([encoder.encode(text)])]).toEqual([text, digest]);
  });

  it('gives the same digest byte by byte as in one piece', () => {
    for (const [text, digest] of RFC_1321) {
      const bytes = encoder.encode(text);
      expect(portableMd5([...bytes].map((byte) => new Uint8Array([byte])))).toBe(digest);
    }
  });

  it("matches Node's MD5 on random data of odd lengths split into random chunks", () => {
    const seed = 20_261_127;
    const next = random(seed);
    const lengths = [1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 121, 127, 128, 129, 1001, 4097, 65_537, 1_000_003];
    for (let i = 0; i < 40; i++) lengths.push(1 + 2 * Math.floor(next() * 5000));
    for (const length of lengths) {
      const data = new Uint8Array(length);
      for (let i = 0; i < length; i++) data[i] = Math.floor(next() * 256);
      const chunks: Uint8Array[] = [];
      for (let offset = 0; offset < length; ) {
        const size = Math.min(length - offset, Math.floor(next() * 200)); // empty chunks too
        chunks.push(data.subarray(offset, offset + size));
        offset += size;
      }
      expect({ seed, length, digest: portableMd5(chunks) }).toEqual({ seed, length, digest: nodeMd5(data) });
    }
  });

  it('gives its digest once, and refuses more data after it', () => {
    const md5 = createMd5({ portable: true });
    md5.update(encoder.encode('abc'));
    expect(md5.digest()).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5.digest()).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(() => {
      md5.update(encoder.encode('more'));
    }).toThrow('MD5 digest already taken');
  });
});

describe('createMd5', () => {
  it("uses the runtime's MD5 when there is one, with the same answers", () => {
    const bytes = encoder.encode('message digest');
    const md5 = createMd5();
    md5.update(bytes.subarray(0, 3));
    md5.update(bytes.subarray(3));
    expect(md5.digest()).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    // The portable one is a class of its own; the native one is a plain object around node:crypto.
    expect(Object.getPrototypeOf(createMd5())).toBe(Object.prototype);
    expect(Object.getPrototypeOf(createMd5({ portable: true }))).not.toBe(Object.prototype);
  });
});
