/** Time and identifiers, behind a port so tests and seeds can fix them. */
export interface Clock {
  /** Current instant as an ISO string. */
  now(): string;
}

export interface IdGenerator {
  next(prefix: string): string;
}
