import type { commitments as fr } from '../fr/commitments';
import type { Translation } from '../translation';

export const commitments: Translation<typeof fr> = {
  commitments: {
    title: 'Commitments',
    filtersLabel: 'Filter the commitments',
    commitment: 'Commitment',
    actionsColumn: 'Edit',
    caption_one: '{{count}} commitment of the “{{axis}}” axis',
    caption_other: '{{count}} commitments of the “{{axis}}” axis',
    none: 'No commitment matches.',
    editLabel: 'Edit commitment {{reference}}',
    editTitle: 'Commitment {{reference}}',
    justificationRequired: 'A revised or abandoned commitment must explain the gap publicly.',
    justificationHint: 'Required when the commitment is revised or abandoned; published with the review.',
  },
};
