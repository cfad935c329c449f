/**
 * Runs queries one after another. Inside a transaction every query shares one connection, and
 * node-postgres refuses (from pg 9) queries issued while another is running; Promise.all would.
 */
export const inSequence = async <T extends (() => unknown)[]>(
  tasks: [...T],
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> => {
  const out: unknown[] = [];
  for (const task of tasks) out.push(await task());
  return out as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
};
