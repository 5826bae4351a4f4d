import { Button, Field, SearchBox, Switch } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, WEATHERS, type ActionStatus, type Weather } from '../../api/enums';
import { activeFilterCount, NO_FILTERS, type RoadmapFilters as Filters } from '../../model/roadmap-filters';
import { FilterDropdown, type FilterOption } from './FilterDropdown';
import { useRoadmapFiltersStyles } from './RoadmapFilters.styles';

export interface RoadmapFiltersProps {
  filters: Filters;
  axes: FilterOption[];
  services: FilterOption[];
  leads: FilterOption[];
  onChange: (next: Partial<Filters>) => void;
}

/** Search and filters of the roadmap: axis, service, elected official, status, météo, late only. */
export function RoadmapFilters({ filters, axes, services, leads, onChange }: RoadmapFiltersProps) {
  const styles = useRoadmapFiltersStyles();
  const { t } = useTranslation();
  // The search box answers every keystroke; the (heavier) filtering follows a moment later.
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  useEffect(() => {
    if (q === filters.q) return undefined;
    const timer = setTimeout(() => onChange({ q }), 150);
    return () => clearTimeout(timer);
  }, [q, filters.q, onChange]);

  const one = (value: string | undefined): string[] => (value ? [value] : []);
  return (
    <div role="search" className={styles.root} aria-label={t('roadmap.filtersLabel')}>
      <Field label={t('roadmap.search')} className={styles.search}>
        <SearchBox value={q} onChange={(_e, data) => setQ(data.value)} placeholder={t('roadmap.searchPlaceholder')} />
      </Field>
      <FilterDropdown label={t('fields.axis')} options={axes} selected={one(filters.axisId)} onChange={([v]) => onChange({ axisId: v })} />
      <FilterDropdown label={t('fields.serviceId')} options={services} selected={one(filters.serviceId)} onChange={([v]) => onChange({ serviceId: v })} />
      <FilterDropdown label={t('fields.leadPersonId')} options={leads} selected={one(filters.leadPersonId)} onChange={([v]) => onChange({ leadPersonId: v })} />
      <FilterDropdown
        multiselect
        label={t('fields.status')}
        options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))}
        selected={filters.status}
        onChange={(status) => onChange({ status: status as ActionStatus[] })}
      />
      <FilterDropdown
        multiselect
        label={t('fields.weather')}
        options={[...WEATHERS, 'unset' as const].map((w) => ({ value: w, label: t(`weather.${w}`) }))}
        selected={filters.weather}
        onChange={(weather) => onChange({ weather: weather as (Weather | 'unset')[] })}
      />
      <div className={styles.end}>
        <Switch label={t('roadmap.lateOnly')} checked={filters.late} onChange={(_e, data) => onChange({ late: data.checked })} />
        {activeFilterCount(filters) > 0 && (
          <Button appearance="subtle" icon={<Dismiss20Regular />} onClick={() => onChange({ ...NO_FILTERS, axisId: undefined, serviceId: undefined, leadPersonId: undefined })}>
            {t('roadmap.clearFilters')}
          </Button>
        )}
      </div>
    </div>
  );
}
