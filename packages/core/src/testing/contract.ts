/**
 * The operation contract, checked over a whole module: every exported function that takes a
 * client returns a promise or a lazy listing and never throws synchronously, whatever it is given.
 */

/** Options of {@link checkOperationContract}. */
export interface OperationContractOptions {
  /** Exported functions that are not operations (pure helpers, client brands): skipped. */
  skip?: readonly string[] | undefined;
}

/** What {@link checkOperationContract} found wrong with one export. */
export interface ContractViolation {
  /** The export's name in the module. */
  name: string;
  /** What it did: threw synchronously (with the arguments and the error) or returned neither a promise nor a listing. */
  problem: string;
}

const BAD_ARGUMENTS: readonly unknown[][] = [
  [],
  [undefined, undefined, undefined, undefined],
  ['', '', '', ''],
  [null, null, null, null],
  [42, { bogus: true }, 42, 42],
];

/**
 * Calls every exported function of `module` with `client` followed by bad arguments (nothing,
 * `undefined`s, empty strings, `null`s, wrong types) and reports each one that throws
 * synchronously or returns something other than a promise or an async iterable. Promises are
 * awaited (their rejections are expected) and listings iterated for one item, so the client's
 * fetch must answer (the fake cloud answers unknown routes with 501).
 */
export async function checkOperationContract(module: Record<string, unknown>, client: unknown, options: OperationContractOptions = {}): Promise<ContractViolation[]> {
  const skip = new Set(options.skip ?? []);
  const violations: ContractViolation[] = [];
  for (const [name, value] of Object.entries(module)) {
    if (typeof value !== 'function' || skip.has(name) || /^[A-Z]/.test(name)) continue;
    const fn = value as (...args: unknown[]) => unknown;
    for (const args of BAD_ARGUMENTS) {
      let result: unknown;
      try {
        result = fn(client, ...args);
      } catch (error) {
        violations.push({ name, problem: `threw synchronously for (client, ${args.map(String).join(', ')}): ${String(error)}` });
        break;
      }
      if (result instanceof Promise) {
        await result.catch(() => undefined);
      } else if (result !== null && typeof result === 'object' && Symbol.asyncIterator in result) {
        try {
          await firstItem(result as AsyncIterable<unknown>);
        } catch {
          // a rejection is the contract
        }
      } else {
        violations.push({ name, problem: `returned ${result === null ? 'null' : typeof result}, not a promise or a listing` });
        break;
      }
    }
  }
  return violations;
}

/** Reads one item of a listing (or learns it is empty), then stops it. */
export async function firstItem(listing: AsyncIterable<unknown>): Promise<void> {
  const iterator = listing[Symbol.asyncIterator]();
  try {
    await iterator.next();
  } finally {
    await iterator.return?.();
  }
}
