import type { FieldIssue } from '../../errors.js';

/**
 * The inputs of a submitted card: Adaptive Cards send every input as a string, and leave out the ones the client
 * did not send. Keys are the input ids of the card, which are also the paths of the issues.
 */
export type CardInputs = Readonly<Record<string, string | undefined>>;

/** Either the typed answer or the field issues that prevent it. */
export type AnswerResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** One input read: its value (undefined when not given) or the issue it raised. */
export type FieldRead<T> = { ok: true; value: T | undefined } | { ok: false; issue: FieldIssue };

/** Gathers the issues of several reads so that one submit reports every field at once. */
export class IssueCollector {
  readonly issues: FieldIssue[] = [];

  /** The read value, or undefined after recording its issue. */
  take<T>(read: FieldRead<T>): T | undefined {
    if (read.ok) return read.value;
    this.issues.push(read.issue);
    return undefined;
  }

  add(issue: FieldIssue): void {
    this.issues.push(issue);
  }

  /** The answer when nothing went wrong, the issues otherwise. */
  result<T>(build: () => T): AnswerResult<T> {
    return this.issues.length > 0 ? { ok: false, issues: this.issues } : { ok: true, value: build() };
  }
}
