/**
 * Waiting for a state change by polling.
 */
import { InputRangeError, TimeoutError } from './errors.js';
import { sleep, throwIfAborted } from './util.js';

/** Options of {@link waitFor}. */
export interface WaitOptions {
  /** Stops the wait (and the check in flight, if it honours the signal). */
  signal?: AbortSignal | undefined;
  /** Pause between checks. Default 2000 ms. */
  intervalMs?: number | undefined;
  /** Gives up with a {@link TimeoutError} after this long. Default: wait until the signal aborts. */
  timeoutMs?: number | undefined;
  /** Names what is awaited, for the timeout message. */
  description?: string | undefined;
}

/**
 * Calls `check` until it returns something other than `undefined` or `false`, and returns that.
 * To fail fast (a server in ERROR, say), throw from `check`. The check receives a signal that
 * aborts with the caller's signal or at the timeout.
 */
export async function waitFor<T>(
  check: (signal: AbortSignal) => Promise<T | undefined | false> | T | undefined | false,
  options: WaitOptions = {},
): Promise<Exclude<T, undefined | false>> {
  const intervalMs = options.intervalMs ?? 2000;
  if (!Number.isFinite(intervalMs) || intervalMs < 0) throw new InputRangeError(`intervalMs must be >= 0, got ${String(intervalMs)}`, 'intervalMs');
  if (options.timeoutMs !== undefined && (!Number.isFinite(options.timeoutMs) || options.timeoutMs < 0)) {
    throw new InputRangeError(`timeoutMs must be >= 0, got ${String(options.timeoutMs)}`, 'timeoutMs');
  }
  const timeout = new AbortController();
  const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
    timeout.abort(new TimeoutError({ what: options.description ?? 'waitFor', timeoutMs: options.timeoutMs ?? 0 }));
  }, options.timeoutMs);
  const signal = options.signal === undefined ? timeout.signal : AbortSignal.any([options.signal, timeout.signal]);
  try {
    for (;;) {
      throwIfAborted(signal);
      const result = await check(signal);
      if (result !== undefined && result !== false) return result as Exclude<T, undefined | false>;
      await sleep(intervalMs, signal);
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
