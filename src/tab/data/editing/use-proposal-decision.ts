import { useCallback, useState } from 'react';
import { ApiError, ValidationError, VersionConflictError } from '../../api/api-error';
import type { ProposalRecord, ProposalView } from '../../api/campaigns';
import { editsOf, notNumbers, textOfValue } from '../../model/proposal-edit';
import { useProposalDecisions } from '../hooks/use-proposals';

/** The decision being made on one proposal: inline corrections, the refusal dialog, and what the API answered. */
export interface ProposalDecision {
  /** The proposal as last known (after a conflict, the current version). */
  view: ProposalView;
  editing: boolean;
  startEdit: () => void;
  cancelEdit: () => void;
  /** Typed values by field. */
  typed: Record<string, string>;
  type: (field: string, value: string) => void;
  refusing: boolean;
  setRefusing: (open: boolean) => void;
  busy: boolean;
  /** Messages by field (a value that is not a number, the record's own rules). */
  errors: Record<string, string>;
  /** The API's word on the refusal reason. */
  reasonError: string | undefined;
  failure: ApiError | undefined;
  /** Someone else decided or changed it meanwhile: its current version. */
  conflict: ProposalRecord | undefined;
  accept: () => Promise<void>;
  refuse: (reason: string) => Promise<void>;
  /** Takes the current version and keeps the corrections (to review, then accept again). */
  retryOnCurrent: () => void;
}

const typedOf = (view: ProposalView): Record<string, string> =>
  Object.fromEntries(view.proposal.changes.map((c) => [c.field, textOfValue(c.new)]));

/** Accepts (possibly corrected) or refuses one proposal with its version; `onDecided` hears what was done. */
export function useProposalDecision(initial: ProposalView, onDecided: (outcome: 'accepted' | 'refused') => void, numberMessage: string): ProposalDecision {
  const decisions = useProposalDecisions();
  const [view, setView] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [typed, setTyped] = useState<Record<string, string>>(() => typedOf(initial));
  const [refusing, setRefusing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [conflict, setConflict] = useState<ProposalRecord | undefined>();

  const fail = useCallback((error: unknown, fields: readonly string[]) => {
    if (error instanceof VersionConflictError && error.current) {
      setConflict(error.current as ProposalRecord);
      setRefusing(false);
    } else if (error instanceof ValidationError && error.details.some((d) => fields.includes(d.path.split('.')[0] ?? ''))) {
      setErrors(error.messagesByField());
    } else if (error instanceof ValidationError && error.details.some((d) => d.path === 'reason')) {
      setReasonError(error.fieldMessage('reason'));
    } else {
      setFailure(error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)));
      setRefusing(false);
    }
  }, []);

  const accept = useCallback(async () => {
    const edits = editing ? editsOf(view.proposal.changes, typed) : [];
    const bad = notNumbers(edits);
    setErrors(Object.fromEntries(bad.map((f) => [f, numberMessage])));
    setFailure(undefined);
    if (bad.length > 0) return;
    setBusy(true);
    try {
      await decisions.accept(view, edits);
      onDecided('accepted');
    } catch (error) {
      fail(error, view.proposal.changes.map((c) => c.field));
    } finally {
      setBusy(false);
    }
  }, [editing, view, typed, numberMessage, decisions, onDecided, fail]);

  const refuse = useCallback(
    async (reason: string) => {
      setBusy(true);
      setFailure(undefined);
      setReasonError(undefined);
      try {
        await decisions.refuse(view, reason);
        setRefusing(false);
        onDecided('refused');
      } catch (error) {
        fail(error, []);
      } finally {
        setBusy(false);
      }
    },
    [view, decisions, onDecided, fail],
  );

  const retryOnCurrent = useCallback(() => {
    if (!conflict) return;
    setView((current) => ({ ...current, proposal: conflict }));
    setConflict(undefined);
  }, [conflict]);

  return {
    view,
    editing,
    startEdit: () => setEditing(true),
    cancelEdit: () => {
      setEditing(false);
      setTyped(typedOf(view));
      setErrors({});
    },
    typed,
    type: (field, value) => {
      setTyped((current) => ({ ...current, [field]: value }));
      setErrors((current) => {
        const { [field]: _removed, ...rest } = current;
        return rest;
      });
    },
    refusing,
    setRefusing,
    busy,
    errors,
    reasonError,
    failure,
    conflict,
    accept,
    refuse,
    retryOnCurrent,
  };
}
