import type { Directory } from '../../data/hooks/use-directory';
import type { FilterOption } from '../../components/RoadmapFilters/FilterDropdown';
import type { RoadmapIndex } from '../../model/roadmap-index';

const byLabel = (a: FilterOption, b: FilterOption): number => a.label.localeCompare(b.label, 'fr');

/** The choices of the roadmap filters: axes in order, services and lead elected officials by name. */
export function filterOptions(index: RoadmapIndex | undefined, directory: Directory) {
  const axes = (index?.roadmap.axes ?? []).map((a) => ({ value: a.id, label: a.title }));
  const services = directory.services.map((s) => ({ value: s.id, label: s.name })).sort(byLabel);
  const leadIds = new Set<string>();
  for (const { commitment } of index?.commitmentById.values() ?? []) if (commitment.leadPersonId) leadIds.add(commitment.leadPersonId);
  const leads = [...leadIds].map((id) => ({ value: id, label: directory.personName(id) ?? id })).sort(byLabel);
  return { axes, services, leads };
}
