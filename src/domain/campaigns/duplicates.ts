/** Indexes of the items whose key already appeared earlier in the list. */
export function duplicateIndexes<T>(items: readonly T[], key: (item: T) => unknown = (item) => item): number[] {
  const seen = new Set<unknown>();
  const duplicates: number[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) duplicates.push(index);
    seen.add(k);
  });
  return duplicates;
}
