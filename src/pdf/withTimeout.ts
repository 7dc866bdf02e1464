/**
 * Settles like `work`, or rejects with `onTimeout()` after `ms` milliseconds,
 * whichever comes first. The timer never outlives the race. `ms` <= 0 means
 * no limit. The caller is responsible for stopping `work` after a timeout.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  if (ms <= 0) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
