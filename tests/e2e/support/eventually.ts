/**
 * Reads a value until `accept` likes it or the time is up, and returns the last reading: the test then asserts on it,
 * so a failure shows the value the page actually ended with.
 */
export async function eventually<T>(read: () => Promise<T> | T, accept: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Reads until the value equals `expected`. */
export const until = <T>(read: () => Promise<T> | T, expected: T, timeoutMs?: number): Promise<T> =>
  eventually(read, (value) => value === expected, timeoutMs);

/** Reads until the value contains `expected`. */
export const untilContains = (read: () => Promise<string> | string, expected: string, timeoutMs?: number): Promise<string> =>
  eventually(read, (value) => value.includes(expected), timeoutMs);
