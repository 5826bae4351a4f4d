import type { internalFields as fr } from '../fr/internal-fields';
import type { Translation } from '../translation';

export const internalFields: Translation<typeof fr> = {
  internalFields: {
    title: 'Internal fields',
    intro: 'The fields ticked are for elected officials, the administration and the steering team. Readers (agents consulting the roadmap) never see them: not in the tab, not in the API, not in the history. Public exports and open data never contain any of these fields anyway.',
    legend: 'Fields hidden from readers',
    defaults: 'Until something is chosen: blockers, budgets and staffing are internal.',
    save: 'Save the internal fields',
    saved: 'Internal fields saved.',
    conflict: 'Someone changed the mandate meanwhile: the boxes now show their version. Check, then save again.',
    labels: {
      action: {
        blockers: 'Action — blockers',
        nextSteps: 'Action — next steps',
        budgetPlanned: 'Action — budget planned',
        budgetSpent: 'Action — budget spent',
        staffing: 'Action — staffing (FTE)',
      },
      commitment: { gapJustification: 'Commitment — justification of the gap' },
      feedback: { summary: 'Feedback — summary', participants: 'Feedback — number of participants' },
    },
  },
};
