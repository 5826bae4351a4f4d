import type { TFunction } from 'i18next';
import { ACTION_STATUSES, HALVES, PRIORITIES, TRENDS, WEATHERS } from '../../api/enums';
import type { Me } from '../../api/read-models';
import type { Directory } from '../../data/hooks/use-directory';
import { assignableServiceIds } from '../../model/permissions';
import type { RoadmapIndex } from '../../model/roadmap-index';
import type { ChoiceOption } from '../FormField/FormField';

const byLabel = (a: ChoiceOption, b: ChoiceOption): number => a.label.localeCompare(b.label, 'fr');

/** The choices of each select of the action form. */
export function actionOptions(t: TFunction, index: RoadmapIndex | undefined, directory: Directory, me: Me | undefined, currentServiceId: string) {
  const serviceIds = assignableServiceIds(me, directory.services.map((s) => s.id));
  const services = directory.services
    .filter((s) => serviceIds.includes(s.id) || s.id === currentServiceId)
    .map((s) => ({ value: s.id, label: s.name }))
    .sort(byLabel);
  const commitments: ChoiceOption[] = [];
  for (const axis of index?.roadmap.axes ?? [])
    for (const c of axis.commitments) commitments.push({ value: c.id, label: `${c.reference} ${c.title}`, group: axis.title });
  const options: Record<string, ChoiceOption[]> = {
    commitmentId: commitments,
    status: ACTION_STATUSES.map((v) => ({ value: v, label: t(`actionStatus.${v}`) })),
    weather: WEATHERS.map((v) => ({ value: v, label: t(`weather.${v}`) })),
    trend: TRENDS.map((v) => ({ value: v, label: t(`trend.${v}`) })),
    priority: PRIORITIES.map((v) => ({ value: v, label: t(`priority.${v}`) })),
    half: HALVES.map((v) => ({ value: v, label: t(`half.${v}`) })),
    serviceId: services,
    ownerPersonId: directory.people.map((p) => ({ value: p.id, label: p.displayName })).sort(byLabel),
  };
  return options;
}
