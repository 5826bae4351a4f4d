import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, ValidationError, VersionConflictError } from '../../api/api-error';
import type { EntityKind } from '../../api/enums';
import type { RecordMeta } from '../../api/records';
import { changedFields, draftPatch, rebaseDraft, toDraft, type Draft, type FieldSpec } from '../../model/record-draft';
import { useApi } from '../api-context';
import { useRecordWriter } from '../hooks/use-save';
import { keys } from '../query-keys';

type Stored = RecordMeta & { id: string };

/** The state of an edit: what is typed, what it is based on, and what the last save said. */
export interface RecordEditor<T extends Stored> {
  draft: Draft;
  /** The version the draft started from (the one a save sends as If-Match). */
  base: T | undefined;
  dirty: string[];
  setField: (name: string, value: string) => void;
  saving: boolean;
  /** True after a successful save, until the next edit. */
  saved: boolean;
  /** Messages per field: local checks and the API's field details. */
  fieldErrors: Record<string, string>;
  /** A failure that is not about one field (forbidden, network…). */
  error: ApiError | undefined;
  /** Someone else saved a newer version meanwhile: theirs, as the API returned it with the 412. */
  conflict: T | undefined;
  save: () => Promise<void>;
  /** Takes their version and re-applies what this user changed on top of it (to review, then save). */
  reapplyMine: () => void;
  /** Takes their version and drops what this user typed. */
  discardMine: () => void;
  /** Drops what was typed since the last save. */
  reset: () => void;
}

/** Edits one record: keeps the typing through refreshes and conflicts, sends only changed fields with If-Match. */
export function useRecordEditor<T extends Stored>(
  kind: EntityKind,
  record: T | undefined,
  fields: readonly FieldSpec[],
  /** Checks across fields before sending (e.g. a justification required by a status); messages by field. */
  validate?: (draft: Draft) => Record<string, string>,
): RecordEditor<T> {
  const { t } = useTranslation();
  const writer = useRecordWriter();
  const { cache } = useApi();
  const [base, setBase] = useState<T | undefined>(record);
  const [draft, setDraft] = useState<Draft>(() => (record ? toDraft(record, fields) : {}));
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | undefined>();
  const [conflict, setConflict] = useState<T | undefined>();

  const dirty = useMemo(() => (base ? changedFields(draft, base, fields) : []), [draft, base, fields]);

  // A fresher copy of the record replaces an untouched form; a form with typing in it is kept (a save will tell).
  useEffect(() => {
    if (!record) return;
    if (!base || (record.id !== base.id) || (record.version !== base.version && dirty.length === 0 && !conflict)) {
      setBase(record);
      setDraft(toDraft(record, fields));
    }
  }, [record, base, dirty.length, conflict, fields]);

  const setField = useCallback((name: string, value: string) => {
    setDraft((current) => ({ ...current, [name]: value }));
    setSaved(false);
    setFieldErrors((current) => {
      if (!(name in current)) return current;
      const { [name]: _removed, ...rest } = current;
      return rest;
    });
  }, []);

  const save = useCallback(async () => {
    if (!base) return;
    const { patch, problems } = draftPatch(draft, base, fields);
    const local = { ...validate?.(draft), ...Object.fromEntries(Object.entries(problems).map(([f, p]) => [f, t(`form.${p}`)])) };
    setFieldErrors(local);
    setError(undefined);
    if (Object.keys(local).length > 0 || Object.keys(patch).length === 0) return;
    setSaving(true);
    try {
      const stored = await writer.update<T>(kind, base.id, patch, base.version);
      setBase(stored);
      setDraft(toDraft(stored, fields));
      setConflict(undefined);
      setSaved(true);
    } catch (failure) {
      if (failure instanceof VersionConflictError && failure.current) {
        setConflict(failure.current as T);
        // Their change is in the history: show who made it.
        cache.invalidate(keys.history(kind, base.id));
      }
      else if (failure instanceof ValidationError)
        setFieldErrors(failure.messagesByField());
      else setError(failure instanceof ApiError ? failure : new ApiError(0, 'unexpected', String(failure)));
    } finally {
      setSaving(false);
    }
  }, [base, draft, fields, kind, t, writer, validate, cache]);

  const reapplyMine = useCallback(() => {
    if (!conflict || !base) return;
    setDraft(rebaseDraft(draft, base, conflict, fields));
    setBase(conflict);
    setConflict(undefined);
  }, [conflict, base, draft, fields]);

  const discardMine = useCallback(() => {
    if (!conflict) return;
    setDraft(toDraft(conflict, fields));
    setBase(conflict);
    setConflict(undefined);
  }, [conflict, fields]);

  const reset = useCallback(() => {
    if (!base) return;
    setDraft(toDraft(base, fields));
    setFieldErrors({});
    setError(undefined);
  }, [base, fields]);

  return { draft, base, dirty, setField, saving, saved, fieldErrors, error, conflict, save, reapplyMine, discardMine, reset };
}
