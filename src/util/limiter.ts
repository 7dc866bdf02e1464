/** Runs the functions it is given with at most `limit` of them running at once, the others waiting in the order they came. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function limiter(limit: number): Limiter {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running >= Math.max(1, limit)) await new Promise<void>((start) => waiting.push(start));
    else running += 1;
    try {
      return await task();
    } finally {
      // hand the slot to the next waiting task, or free it
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
