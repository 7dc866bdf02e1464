/**
 * Runs `task` over `items` with at most `limit` running at once, keeping the
 * order of results. After the first failure, or once `signal` aborts, no new
 * task starts; the running ones are awaited, then the first error (or the
 * abort reason) is thrown.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const failures: unknown[] = [];
  const queue = items.entries();
  const worker = async (): Promise<void> => {
    for (const [index, item] of queue) {
      if (failures.length > 0 || signal?.aborted === true) return;
      try {
        results[index] = await task(item, index);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(limit), items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failures.length > 0) throw failures[0];
  signal?.throwIfAborted();
  return results;
}
