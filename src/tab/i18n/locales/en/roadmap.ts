import type { roadmap as fr } from '../fr/roadmap';
import type { Translation } from '../translation';

export const roadmap: Translation<typeof fr> = {
  roadmap: {
    title: 'Roadmap',
    subtitle: 'Axes, commitments and actions · data as of {{date}}',
    filtersLabel: 'Filter the roadmap',
    search: 'Search',
    searchPlaceholder: 'Action, commitment, blocker…',
    lateOnly: 'Late only',
    clearFilters: 'Clear filters',
    viewLabel: 'View',
    treeView: 'Tree',
    tableView: 'Table',
    treeLabel: 'Axes, commitments and actions',
    tableLabel: 'Roadmap actions',
    shownCount_one: '{{shown}} action shown of {{total}}',
    shownCount_other: '{{shown}} actions shown of {{total}}',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    axisMeta_one: '{{count}} action · {{late}} late · {{blocked}} blocked',
    axisMeta_other: '{{count}} actions · {{late}} late · {{blocked}} blocked',
    commitmentMeta_one: '{{count}} action · lead: {{lead}}',
    commitmentMeta_other: '{{count}} actions · lead: {{lead}}',
    stormyCount_one: '{{count}} stormy action',
    stormyCount_other: '{{count}} stormy actions',
    lateCount_one: '{{count}} late',
    lateCount_other: '{{count}} late',
    noDueDate: 'No due date',
  },
};
