import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, ValidationError, VersionConflictError } from '../../api/api-error';
import type { CampaignRecord } from '../../api/campaigns';
import { campaignBody, changedParts, draftOf, emptyDraft, localProblems, rebaseCampaignDraft, type CampaignDraft } from '../../model/campaign-draft';
import { fieldErrorsOf, type FieldErrors } from '../../model/field-errors';
import { useCampaignWriter } from '../hooks/use-campaign-writer';

/** The state of a campaign being prepared: what is typed, the version it is based on, and what the last save said. */
export interface CampaignEditor {
  draft: CampaignDraft;
  /** The stored campaign the draft started from (undefined for a new one). */
  base: CampaignRecord | undefined;
  dirty: boolean;
  change: (patch: Partial<CampaignDraft>) => void;
  saving: boolean;
  /** True after a successful save, until the next change. */
  saved: boolean;
  /** Messages by API path (`deadline`, `questions.0.label.fr`). */
  errors: FieldErrors;
  /** A failure that is not about one field. */
  failure: ApiError | undefined;
  /** Someone else saved the campaign meanwhile: their version. */
  conflict: CampaignRecord | undefined;
  /** Creates (POST) or changes (PATCH with If-Match) the campaign; resolves with what was stored, or undefined. */
  save: () => Promise<CampaignRecord | undefined>;
  reapplyMine: () => void;
  discardMine: () => void;
}

// The stored questions keep the list keys of the typed ones: the editors stay mounted (and focused) across a save.
const withKeysOf = (next: CampaignDraft, typed: CampaignDraft): CampaignDraft => ({
  ...next,
  questions: next.questions.map((q, i) => {
    const before = typed.questions[i];
    return before ? { ...q, key: before.key, options: q.options.map((o, j) => ({ ...o, key: before.options[j]?.key ?? o.key })) } : q;
  }),
});

const toApiError = (failure: unknown): ApiError => (failure instanceof ApiError ? failure : new ApiError(0, 'unexpected', String(failure)));

/** Prepares a campaign: keeps the typing through refreshes and conflicts; the API's field messages land by path. */
export function useCampaignEditor(record: CampaignRecord | undefined, today: string, numberMessage: string): CampaignEditor {
  const writer = useCampaignWriter();
  const [base, setBase] = useState<CampaignRecord | undefined>(record);
  const [draft, setDraft] = useState<CampaignDraft>(() => (record ? draftOf(record) : emptyDraft(today)));
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [conflict, setConflict] = useState<CampaignRecord | undefined>();
  const baseDraft = useMemo(() => (base ? draftOf(base) : emptyDraft(today)), [base, today]);
  const dirty = useMemo(() => changedParts(draft, baseDraft).length > 0, [draft, baseDraft]);

  // A fresher copy (a launch, a poll) replaces an untouched form; a form with typing in it is kept (a save will tell).
  useEffect(() => {
    if (!record || record.version === base?.version || conflict) return;
    if (!base || !dirty) {
      setBase(record);
      setDraft(draftOf(record));
    }
  }, [record, base, dirty, conflict]);

  const change = useCallback((patch: Partial<CampaignDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  }, []);

  const save = useCallback(async (): Promise<CampaignRecord | undefined> => {
    const local = localProblems(draft);
    setErrors(Object.fromEntries(local.map((path) => [path, numberMessage])));
    setFailure(undefined);
    if (local.length > 0) return undefined;
    setSaving(true);
    try {
      const stored = base
        ? await writer.update(base.id, campaignBody(draft, true), base.version)
        : await writer.create(campaignBody(draft));
      setBase(stored);
      setDraft(withKeysOf(draftOf(stored), draft));
      setConflict(undefined);
      setSaved(true);
      return stored;
    } catch (error) {
      if (error instanceof VersionConflictError && error.current) setConflict(error.current as CampaignRecord);
      else if (error instanceof ValidationError) setErrors(fieldErrorsOf(error.details));
      else setFailure(toApiError(error));
      return undefined;
    } finally {
      setSaving(false);
    }
  }, [base, draft, numberMessage, writer]);

  const reapplyMine = useCallback(() => {
    if (!conflict) return;
    setDraft(rebaseCampaignDraft(draft, baseDraft, draftOf(conflict)));
    setBase(conflict);
    setConflict(undefined);
  }, [conflict, draft, baseDraft]);

  const discardMine = useCallback(() => {
    if (!conflict) return;
    setDraft(draftOf(conflict));
    setBase(conflict);
    setConflict(undefined);
  }, [conflict]);

  return { draft, base, dirty, change, saving, saved, errors, failure, conflict, save, reapplyMine, discardMine };
}
