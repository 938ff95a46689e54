/**
 * Incremental MD5, for Swift's ETags. Web Crypto has no MD5, so this is a small implementation
 * of RFC 1321; on Node (and Bun, Deno's Node layer) the runtime's own `crypto` is used instead,
 * found at run time through `process.getBuiltinModule` so no bundle carries a Node import.
 */

/** Feeds bytes in, gives the lower-case hex digest once. */
export interface Md5 {
  update(bytes: Uint8Array): void;
  digest(): string;
}

interface NodeHash {
  update(data: Uint8Array): unknown;
  digest(encoding: 'hex'): string;
}

type CreateHash = (algorithm: string) => NodeHash;

let nativeCreateHash: CreateHash | null | undefined;

function findNative(): CreateHash | null {
  if (nativeCreateHash !== undefined) return nativeCreateHash;
  nativeCreateHash = null;
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const crypto = proc?.getBuiltinModule?.('node:crypto') as { createHash?: CreateHash } | undefined;
    if (typeof crypto?.createHash === 'function') {
      crypto.createHash('md5');
      nativeCreateHash = crypto.createHash;
    }
  } catch {
    // FIPS mode refuses MD5, or no such module: use ours.
  }
  return nativeCreateHash;
}

/** A new MD5: the runtime's when it has one, else the portable one. */
export function createMd5(options: { portable?: boolean } = {}): Md5 {
  const native = options.portable === true ? null : findNative();
  if (native !== null) {
    const hash = native('md5');
    return {
      update: (bytes) => void hash.update(bytes),
      digest: () => hash.digest('hex'),
    };
  }
  return new PortableMd5();
}

const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = new Int32Array(64);
for (let i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000) | 0;

class PortableMd5 implements Md5 {
  readonly #state = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476]);
  readonly #block = new Uint8Array(64);
  readonly #words = new Int32Array(16);
  #used = 0;
  #length = 0;
  #done = false;

  update(bytes: Uint8Array): void {
    if (this.#done) throw new Error('MD5 digest already taken');
    this.#length += bytes.length;
    let offset = 0;
    if (this.#used > 0) {
      const take = Math.min(64 - this.#used, bytes.length);
      this.#block.set(bytes.subarray(0, take), this.#used);
      this.#used += take;
      offset = take;
      if (this.#used < 64) return;
      this.#compress(this.#block, 0);
      this.#used = 0;
    }
    for (; offset + 64 <= bytes.length; offset += 64) this.#compress(bytes, offset);
    if (offset < bytes.length) {
      this.#block.set(bytes.subarray(offset), 0);
      this.#used = bytes.length - offset;
    }
  }

  digest(): string {
    if (!this.#done) {
      const bits = this.#length * 8;
      const pad = new Uint8Array((this.#used < 56 ? 56 : 120) - this.#used + 8);
      pad[0] = 0x80;
      const tail = pad.length - 8;
      for (let i = 0; i < 8; i++) pad[tail + i] = Math.floor(bits / 2 ** (8 * i)) & 0xff;
      this.update(pad);
      this.#done = true;
    }
    let hex = '';
    for (const word of this.#state) {
      for (let i = 0; i < 4; i++) hex += ((word >>> (8 * i)) & 0xff).toString(16).padStart(2, '0');
    }
    return hex;
  }

  #compress(bytes: Uint8Array, offset: number): void {
    const x = this.#words;
    for (let i = 0; i < 16; i++) {
      const j = offset + i * 4;
      x[i] = (bytes[j] ?? 0) | ((bytes[j + 1] ?? 0) << 8) | ((bytes[j + 2] ?? 0) << 16) | ((bytes[j + 3] ?? 0) << 24);
    }
    const state = this.#state;
    let a = state[0] ?? 0;
    let b = state[1] ?? 0;
    let c = state[2] ?? 0;
    let d = state[3] ?? 0;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) & 15;
      }
      const s = S[(i >> 4) * 4 + (i & 3)] ?? 0;
      const sum = (a + f + (K[i] ?? 0) + (x[g] ?? 0)) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << s) | (sum >>> (32 - s)))) | 0;
    }
    state[0] = ((state[0] ?? 0) + a) | 0;
    state[1] = ((state[1] ?? 0) + b) | 0;
    state[2] = ((state[2] ?? 0) + c) | 0;
    state[3] = ((state[3] ?? 0) + d) | 0;
  }
}
