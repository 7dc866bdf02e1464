/**
 * Settles like `work`, or rejects with `onTimeout(waitedMs)` after `ms`
 * milliseconds, or with `onAbort()` as soon as `signal` aborts, whichever
 * comes first. `waitedMs` is the time really waited (a busy event loop fires
 * timers late). The timer never outlives the race. `ms` <= 0 means no limit.
 * The caller is responsible for stopping `work` after a timeout.
 */
export async function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  onTimeout: (waitedMs: number) => Error,
  abort?: { signal: AbortSignal; onAbort: () => Error },
): Promise<T> {
  if (ms <= 0 && abort === undefined) return work;
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_resolve, reject) => {
    if (ms > 0) timer = setTimeout(() => reject(onTimeout(Math.round(performance.now() - started))), ms);
    if (abort !== undefined) {
      onAbort = () => reject(abort.onAbort());
      if (abort.signal.aborted) onAbort();
      else abort.signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  try {
    return await Promise.race([work, stop]);
  } finally {
    clearTimeout(timer);
    if (onAbort !== undefined) abort?.signal.removeEventListener('abort', onAbort);
  }
}
