import { DEFAULT_INTERNAL_FIELDS, type InternalField, type Mandate } from '../../domain/entities/index.js';
import type { Identity } from './identity.js';
import { can } from './policy.js';

/**
 * People's identifiers that only staff who read internal fields see: a reader knows a colleague by name, role and
 * services, never by the e-mail address or Entra object id that would let them be looked up or addressed elsewhere.
 */
export const PERSONAL_IDENTIFIERS = ['person.email', 'person.entraObjectId'] as const;

/** A field a view may hide, as `kind.field`: an internal field of the mandate's choice, or a personal identifier. */
export type HiddenField = InternalField | (typeof PERSONAL_IDENTIFIERS)[number];

/**
 * What one audience may see: the only thing the read services take to shape records for output. Who asks matters only
 * through `hidden`, so answers cached per `variant` can never be served to an audience that sees less.
 */
export interface ReadView {
  /** The fields removed from every record, search and history entry given to this audience. */
  readonly hidden: readonly HiddenField[];
  /** A key that differs whenever `hidden` differs (read-model caches keep one answer per variant). */
  readonly variant: string;
  /** Who asks, when a person asks (the capability checks of the read services); undefined for a published output. */
  readonly who?: Identity;
}

/** The view of a person who asks (the API's requests). */
export type CallerView = ReadView & { readonly who: Identity };

type MandateChoice = Pick<Mandate, 'internalFields'> | undefined;

function viewHiding(hidden: readonly HiddenField[]): ReadView {
  const sorted = [...new Set(hidden)].sort();
  return { hidden: sorted, variant: sorted.length === 0 ? 'all' : sorted.join(',') };
}

/** The view of an audience that may not read internal fields: the mandate's internal fields and people's identifiers are hidden. */
export function restrictedView(...mandates: MandateChoice[]): ReadView {
  // Several choices (today's and a snapshot's) add up; a mandate without one hides the defaults.
  const chosen = (mandates.length > 0 ? mandates : [undefined]).flatMap((m) => m?.internalFields ?? DEFAULT_INTERNAL_FIELDS);
  return viewHiding([...chosen, ...PERSONAL_IDENTIFIERS]);
}

/** The view of `who`: everything for those with `internal.read`; for readers, the restricted view. */
export function readViewFor(who: Identity, mandate: MandateChoice): CallerView {
  if (can(who, 'internal.read')) return { ...viewHiding([]), who };
  return { ...restrictedView(mandate), who };
}

/** The hidden field names of one kind of record in `view`. */
export function hiddenOfKind(view: ReadView, kind: string): string[] {
  return view.hidden.filter((f) => f.startsWith(`${kind}.`)).map((f) => f.slice(kind.length + 1));
}

/** Reads the mandate's choice of internal fields; undefined before the mandate exists. */
export type MandateChoiceReader = () => Promise<MandateChoice>;

/** Builds the caller's view from the mandate as stored now (the administrators' choice applies at once). */
export class ReadViews {
  constructor(private readonly readMandate: MandateChoiceReader) {}

  /** The view of `who`. */
  async of(who: Identity): Promise<CallerView> {
    return readViewFor(who, await this.readMandate());
  }
}
