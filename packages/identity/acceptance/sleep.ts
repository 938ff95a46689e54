/** Waits `ms` milliseconds (at least 0). */
export async function sleepFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
