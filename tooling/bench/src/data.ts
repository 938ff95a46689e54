/** The object data of W4: generated on the fly from one reused 64 KiB chunk, never held. */

export const CHUNK_SIZE = 64 * 1024;

/** One chunk of object data, reused for every write (nobody modifies it). */
export const chunk = new Uint8Array(CHUNK_SIZE).fill(0x61);

/** A stream of `total` bytes, produced as the consumer pulls. */
export function generatedStream(total: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= total) {
          controller.close();
          return;
        }
        const size = Math.min(CHUNK_SIZE, total - sent);
        sent += size;
        controller.enqueue(size === CHUNK_SIZE ? chunk : chunk.subarray(0, size));
      },
    },
    { highWaterMark: 1 },
  );
}

/** Reads a stream to its end, counting bytes. */
export async function drain(stream: ReadableStream<Uint8Array> | null): Promise<number> {
  if (stream === null) return 0;
  const reader = stream.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes;
    bytes += value.byteLength;
  }
}
