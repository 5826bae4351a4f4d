import {
  ENTITY_SCHEMAS,
  type ChangeContext,
  type ChangeSource,
  type EntityKind,
  type EntityMap,
  type HistoryEntry,
  type Person,
  type Stored,
  type Version,
  withoutMeta,
} from '../../domain/entities/index.js';
import { IntegrityError, NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.js';
import { ruleIssue, validate } from '../../domain/validation/validate.js';
import type { Clock, IdGenerator } from '../../ports/clock.port.js';
import { repositoryOf, type EntityFilters, type RoadmapStore } from '../../ports/store.port.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Identity } from '../authorization/identity.js';
import { authorize, authorizeKind, type Operation } from '../authorization/policy.js';
import { DEPENDENTS, REFERENCES } from './references.js';
import { storeLookup, writeSubject } from './write-subject.js';

const ID_PREFIXES: Record<EntityKind, string> = {
  mandate: 'mandate',
  axis: 'axe',
  commitment: 'eng',
  action: 'act',
  indicator: 'ind',
  measure: 'mes',
  service: 'svc',
  person: 'pers',
  feedback: 'ret',
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function requireObject(input: unknown): Record<string, unknown> {
  if (isPlainObject(input)) return input;
  throw new ValidationError([
    { path: '', code: 'invalid_type', message: { fr: 'Un objet JSON est attendu.', en: 'A JSON object is expected.' } },
  ]);
}


/** Create, read, update and delete any kind of record, with validation, references, authorization and history. */
export class RecordService {
  constructor(
    private readonly store: RoadmapStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    /** Where changes to people (roles, services) are audited. */
    private readonly audit?: AuditLog,
  ) {}

  // Who may do what is decided by people records: every change to one is audited.
  private async auditPerson(who: Identity, operation: 'create' | 'update' | 'delete', before?: Person, after?: Person): Promise<void> {
    if (!this.audit) return;
    const person = (after ?? before)!;
    const describe = (p?: Person): string => (p ? `${p.role} [${p.serviceIds.join(', ')}]` : '—');
    if (operation === 'update' && before && after && describe(before) === describe(after)) return;
    const action = operation === 'create' ? 'person_created' : operation === 'delete' ? 'person_deleted' : 'role_changed';
    await this.audit.record(who, {
      action,
      targetKind: 'person',
      targetId: person.id,
      summary: `${person.displayName} : ${describe(before)} → ${describe(after)}`,
    });
  }

  private context(who: Identity, source: ChangeSource): ChangeContext {
    return { actor: { id: who.personId, name: who.displayName }, source, at: this.clock.now() };
  }

  /** Lists records of a kind. */
  list<K extends EntityKind>(kind: K, filter?: EntityFilters[K]): Promise<Stored<EntityMap[K]>[]> {
    return repositoryOf(this.store, kind).list(filter);
  }

  /** Reads one record; NotFoundError when it does not exist. */
  async get<K extends EntityKind>(kind: K, id: string): Promise<Stored<EntityMap[K]>> {
    const record = await repositoryOf(this.store, kind).get(id);
    if (!record) throw new NotFoundError(kind, id);
    return record;
  }

  /** The history of one record, newest first (kept after the record is deleted). */
  history(kind: EntityKind, id: string): Promise<HistoryEntry[]> {
    return this.store.history.forRecord(kind, id);
  }

  /**
   * Authorizes a change by everything it attaches to, before and after. Called before references are checked: a
   * caller refused here never learns whether the ids they sent exist (an unknown id attaches to no one's scope).
   */
  private async authorizeChange<K extends EntityKind>(who: Identity, operation: Exclude<Operation, 'read'>, kind: K, before?: EntityMap[K], after?: EntityMap[K]): Promise<void> {
    authorize(who, operation, await writeSubject(storeLookup(this.store), kind, before, after));
  }

  /** Validates and creates a record; the id is generated unless the input brings one. */
  async create<K extends EntityKind>(who: Identity, kind: K, input: unknown, source: ChangeSource): Promise<Stored<EntityMap[K]>> {
    authorizeKind(who, 'create', kind);
    const body = requireObject(input);
    const candidate = { ...body, id: body.id ?? this.ids.next(ID_PREFIXES[kind]) };
    const record = validate(ENTITY_SCHEMAS[kind], candidate);
    await this.authorizeChange(who, 'create', kind, undefined, record);
    await this.checkReferences(kind, record);
    const created = await repositoryOf(this.store, kind).create(record, this.context(who, source));
    if (kind === 'person') await this.auditPerson(who, 'create', undefined, record as Person);
    return created;
  }

  /** Applies a partial change (null clears a field) if the record is still at `expectedVersion`. */
  async update<K extends EntityKind>(
    who: Identity,
    kind: K,
    id: string,
    patch: unknown,
    expectedVersion: Version,
    source: ChangeSource,
  ): Promise<Stored<EntityMap[K]>> {
    authorizeKind(who, 'update', kind);
    const changes = requireObject(patch);
    const before = await this.get(kind, id);
    if (changes.id !== undefined && changes.id !== id) throw new ValidationError([ruleIssue('id', 'idImmutable')]);
    const current = withoutMeta(before);
    const merged: Record<string, unknown> = { ...current };
    for (const [field, value] of Object.entries(changes)) {
      if (value === null) delete merged[field];
      else merged[field] = value;
    }
    const next = validate(ENTITY_SCHEMAS[kind], merged);
    await this.authorizeChange(who, 'update', kind, current, next);
    await this.checkReferences(kind, next);
    const updated = await repositoryOf(this.store, kind).update(next, expectedVersion, this.context(who, source));
    if (kind === 'person') await this.auditPerson(who, 'update', current as Person, next as Person);
    return updated;
  }

  /** Deletes a record that nothing points at any more. */
  async delete(who: Identity, kind: EntityKind, id: string, expectedVersion: Version, source: ChangeSource): Promise<void> {
    authorizeKind(who, 'delete', kind);
    const before = await this.get(kind, id);
    await this.authorizeChange(who, 'delete', kind, withoutMeta(before), undefined);
    for (const dependent of DEPENDENTS[kind]) {
      const count = await dependent.count(this.store, id);
      if (count > 0)
        throw new IntegrityError('has_dependents', `${count} ${dependent.kind} record(s) still point at ${kind} ${id}`, {
          fr: `Suppression impossible : ${count} enregistrement(s) de type « ${dependent.kind} » s’y rattachent encore.`,
          en: `Cannot delete: ${count} ${dependent.kind} record(s) still point at it.`,
        });
    }
    await repositoryOf(this.store, kind).delete(id, expectedVersion, this.context(who, source));
    if (kind === 'person') await this.auditPerson(who, 'delete', before as Person, undefined);
  }

  /** Every reference must resolve, and a service may not become its own ancestor. */
  private async checkReferences<K extends EntityKind>(kind: K, record: EntityMap[K]): Promise<void> {
    const issues: FieldIssue[] = [];
    const fields = record as unknown as Record<string, unknown>;
    for (const ref of REFERENCES[kind]) {
      const value = fields[ref.field];
      const targets = ref.many ? ((value as string[] | undefined) ?? []) : value === undefined ? [] : [value as string];
      for (const [index, target] of targets.entries()) {
        if (!(await repositoryOf(this.store, ref.kind).get(target)))
          issues.push(ruleIssue(ref.many ? `${ref.field}.${index}` : ref.field, 'unknownReference'));
      }
    }
    if (kind === 'service' && issues.length === 0 && (await this.createsCycle(record as EntityMap['service'])))
      issues.push(ruleIssue('parentId', 'serviceCycle'));
    if (issues.length) throw new ValidationError(issues);
  }

  private async createsCycle(service: EntityMap['service']): Promise<boolean> {
    const seen = new Set<string>([service.id]);
    for (let parentId = service.parentId; parentId !== undefined; ) {
      if (seen.has(parentId)) return true;
      seen.add(parentId);
      parentId = (await this.store.service.get(parentId))?.parentId;
    }
    return false;
  }
}
