/** Time and identifiers, behind a port so tests and seeds can fix them. */
export interface Clock {
  /** Current instant as an ISO string. */
  now(): string;
  /** Today's date (YYYY-MM-DD) in the collectivity's time zone: what lateness is judged against. */
  today(): string;
}

export interface IdGenerator {
  next(prefix: string): string;
}
