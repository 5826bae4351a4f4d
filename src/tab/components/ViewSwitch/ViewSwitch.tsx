import { Tab, TabList } from '@fluentui/react-components';
import { Table20Regular, TextBulletListTree20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

export type RoadmapView = 'tree' | 'table';

/** Tree or table: two views of the same filtered actions. */
export function ViewSwitch({ view, onChange, controls }: { view: RoadmapView; onChange: (view: RoadmapView) => void; controls: string }) {
  const { t } = useTranslation();
  return (
    <TabList selectedValue={view} onTabSelect={(_e, data) => onChange(data.value as RoadmapView)} aria-label={t('roadmap.viewLabel')}>
      <Tab value="tree" icon={<TextBulletListTree20Regular />} aria-controls={controls}>
        {t('roadmap.treeView')}
      </Tab>
      <Tab value="table" icon={<Table20Regular />} aria-controls={controls}>
        {t('roadmap.tableView')}
      </Tab>
    </TabList>
  );
}
