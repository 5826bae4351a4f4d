/** Teams' message limit: about 100 KB, counted as UTF-16 (platform.md §4). */
export const DEFAULT_MAX_MESSAGE_BYTES = 100 * 1024;

/** Size of an activity as Teams counts it: two bytes per UTF-16 code unit of its JSON. */
export function utf16Bytes(activity: unknown): number {
  return JSON.stringify(activity ?? null).length * 2;
}
