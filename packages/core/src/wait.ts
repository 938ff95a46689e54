/**
 * Waiting for a state change by polling.
 */
import { InputRangeError, ResourceStateError, TimeoutError, isHttpError } from './errors.js';
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

/** Options every status waiter takes: {@link waitForStatus}'s, and each package's `waitForXStatus`. */
export interface StatusWaitOptions<T> extends WaitOptions {
  /** States that end the wait with a {@link ResourceStateError}. Each waiter has its default (`ERROR`, say). */
  failOn?: readonly string[] | undefined;
  /** Sees the resource after each poll (a progress display, say). */
  onPoll?: ((resource: T) => void) | undefined;
}

/** What {@link waitForStatus} needs to know about a resource. */
export interface StatusWaitSpec<T> extends StatusWaitOptions<T> {
  /** What the resource is, for messages: `server`, `port`, `floating IP`. */
  resource: string;
  /** The resource's ID, for messages and the {@link ResourceStateError}. */
  id: string;
  /** Reads the resource once; the signal aborts with the caller's or at the timeout. */
  get: (signal: AbortSignal) => Promise<T>;
  /** The resource's status field. */
  statusOf: (resource: T) => string;
  /** The status (or any of the statuses) waited for. */
  wanted: string | readonly string[];
  /** The service's own account of a failure (a server's `fault.message`), for the error. */
  faultOf?: ((resource: T) => string | undefined) | undefined;
}

/**
 * Polls a resource until its status is one of `wanted` and returns it. A status in `failOn` ends
 * the wait at once with a {@link ResourceStateError} carrying the service's fault message; the
 * caller's signal or `timeoutMs` end it with the signal's reason or a {@link TimeoutError}.
 * Every package's `waitForXStatus` is built on this.
 */
export async function waitForStatus<T>(spec: StatusWaitSpec<T>): Promise<T> {
  const wanted = typeof spec.wanted === 'string' ? [spec.wanted] : spec.wanted;
  const failOn = spec.failOn ?? [];
  return waitFor(
    async (signal) => {
      const resource = await spec.get(signal);
      spec.onPoll?.(resource);
      const status = spec.statusOf(resource);
      if (wanted.includes(status)) return { resource };
      if (failOn.includes(status)) {
        throw new ResourceStateError({ resource: spec.resource, id: spec.id, status, reason: spec.faultOf?.(resource), wanted: wanted.join(' or ') });
      }
      return undefined;
    },
    { signal: spec.signal, intervalMs: spec.intervalMs, timeoutMs: spec.timeoutMs, description: spec.description ?? `${spec.resource} ${spec.id} to become ${wanted.join(' or ')}` },
  ).then(({ resource }) => resource);
}

/** What {@link waitForDelete} needs to know about a resource. */
export interface DeleteWaitSpec<T> extends StatusWaitOptions<T> {
  /** What the resource is, for messages: `server`, `volume`, `floating IP`. */
  resource: string;
  /** The resource's ID, for messages and the {@link ResourceStateError}. */
  id: string;
  /** Reads the resource once; a 404 ends the wait. */
  get: (signal: AbortSignal) => Promise<T>;
  /** The resource's status field, to fail fast on a state in `failOn`. */
  statusOf?: ((resource: T) => string) | undefined;
  /** Statuses that mean deleted although the resource can still be read (Nova's `DELETED`). */
  gone?: readonly string[] | undefined;
  /** The service's own account of a failure (a server's `fault.message`), for the error. */
  faultOf?: ((resource: T) => string | undefined) | undefined;
}

/**
 * Polls a resource until reading it answers 404 (or its status is in `gone`). A status in
 * `failOn` ends the wait with a {@link ResourceStateError}. Every package's `waitForXDeleted` is
 * built on this.
 */
export async function waitForDelete<T>(spec: DeleteWaitSpec<T>): Promise<void> {
  const failOn = spec.failOn ?? [];
  const gone = spec.gone ?? [];
  await waitFor(
    async (signal) => {
      let resource: T;
      try {
        resource = await spec.get(signal);
      } catch (error) {
        if (isHttpError(error, 404)) return true;
        throw error;
      }
      spec.onPoll?.(resource);
      const status = spec.statusOf?.(resource);
      if (status !== undefined && gone.includes(status)) return true;
      if (status !== undefined && failOn.includes(status)) {
        throw new ResourceStateError({ resource: spec.resource, id: spec.id, status, reason: spec.faultOf?.(resource), wanted: 'deletion' });
      }
      return undefined;
    },
    { signal: spec.signal, intervalMs: spec.intervalMs, timeoutMs: spec.timeoutMs, description: spec.description ?? `${spec.resource} ${spec.id} to be deleted` },
  );
}
