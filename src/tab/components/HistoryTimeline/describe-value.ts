import type { TFunction } from 'i18next';
import type { Directory } from '../../data/hooks/use-directory';
import type { Format } from '../../i18n/use-format';

/** What turns a stored value into words: translations, formats, names. */
export interface ValueContext {
  t: TFunction;
  format: Format;
  directory: Directory;
  entityType: string;
  /** Names of other references (an engagement's reference and title), when known. */
  referenceLabel?: (field: string, id: string) => string | undefined;
}

const DATE_FIELDS = new Set(['startDate', 'dueDate', 'revisedDueDate', 'baselineDate', 'targetDate', 'date', 'endDate', 'midTermDate']);
const SERVICE_FIELDS = new Set(['serviceId', 'parentId']);
const PERSON_FIELDS = new Set(['ownerPersonId', 'leadPersonId', 'headPersonId']);
const ENUM_FIELDS: Record<string, string> = {
  weather: 'weather',
  trend: 'trend',
  priority: 'priority',
  half: 'half',
  role: 'roles',
  direction: 'direction',
  frequency: 'frequency',
};
const MAX_TEXT = 140;

function enumLabel(ctx: ValueContext, field: string, value: string): string {
  if (field === 'status') {
    const ns = ctx.entityType === 'commitment' ? 'commitmentStatus' : 'actionStatus';
    return ctx.t(`${ns}.${value}` as 'actionStatus.planned', { defaultValue: value });
  }
  if (field === 'source' && ctx.entityType === 'measure') return ctx.t(`measureSource.${value}` as 'measureSource.manual', { defaultValue: value });
  const ns = ENUM_FIELDS[field];
  return ns ? ctx.t(`${ns}.${value}` as 'weather.sunny', { defaultValue: value }) : value;
}

/** A stored value in words, for the history: "12 mars 2027", "45 %", "Direction des bâtiments", "Orageux". */
export function describeValue(field: string, value: unknown, ctx: ValueContext): string {
  if (value === undefined || value === null || value === '') return ctx.t('history.empty');
  if (Array.isArray(value)) {
    if (field === 'serviceIds') return value.map((id) => ctx.directory.serviceName(String(id)) ?? String(id)).join(', ') || ctx.t('history.empty');
    if (field === 'milestones') return ctx.t('history.milestones', { count: value.length });
    return value.map(String).join(', ');
  }
  if (typeof value === 'number') {
    if (field === 'progress') return ctx.format.progress(value);
    if (field === 'budgetPlanned' || field === 'budgetSpent') return ctx.format.euros(value);
    return ctx.format.number(value);
  }
  if (typeof value === 'string') {
    if (DATE_FIELDS.has(field)) return ctx.format.date(value);
    if (SERVICE_FIELDS.has(field)) return ctx.directory.serviceName(value) ?? value;
    if (PERSON_FIELDS.has(field)) return ctx.directory.personName(value) ?? value;
    const reference = ctx.referenceLabel?.(field, value);
    if (reference !== undefined) return reference;
    if (field in ENUM_FIELDS || field === 'status' || field === 'source') return enumLabel(ctx, field, value);
    return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;
  }
  if (typeof value === 'boolean') return ctx.t(value ? 'common.yes' : 'common.no');
  return JSON.stringify(value);
}

/** The label of a field ("Avancement"), or its code name when we have none. */
export const fieldLabel = (t: TFunction, field: string): string => t(`fields.${field}` as 'fields.progress', { defaultValue: field });
