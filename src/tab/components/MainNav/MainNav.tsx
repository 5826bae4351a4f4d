import { mergeClasses } from '@fluentui/react-components';
import {
  Board20Regular,
  ChartMultiple20Regular,
  PeopleCommunity20Regular,
  ChatBubblesQuestion20Regular,
  DataTrending20Regular,
  Handshake20Regular,
  MailInbox20Regular,
  PeopleTeam20Regular,
  Presenter20Regular,
  TaskListLtr20Regular,
} from '@fluentui/react-icons';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, paths, type RouteName } from '../../router/routes';
import { useMainNavStyles } from './MainNav.styles';

interface NavEntry {
  route: RouteName;
  /** Routes that also light this entry (an action belongs to the roadmap). */
  also?: RouteName[];
  path: string;
  label: 'dashboard' | 'roadmap' | 'commitments' | 'indicators' | 'bilan' | 'feedback' | 'campaigns' | 'proposals' | 'meeting' | 'admin';
  Icon: ComponentType<{ 'aria-hidden'?: boolean }>;
}

const ENTRIES: NavEntry[] = [
  { route: 'dashboard', path: paths.dashboard, label: 'dashboard', Icon: Board20Regular },
  { route: 'roadmap', also: ['action'], path: paths.roadmap, label: 'roadmap', Icon: TaskListLtr20Regular },
  { route: 'commitments', path: paths.commitments, label: 'commitments', Icon: Handshake20Regular },
  { route: 'indicators', also: ['indicator'], path: paths.indicators, label: 'indicators', Icon: DataTrending20Regular },
  { route: 'bilan', also: ['snapshots', 'secondHalf'], path: paths.bilan, label: 'bilan', Icon: ChartMultiple20Regular },
  { route: 'feedback', path: paths.feedback, label: 'feedback', Icon: PeopleCommunity20Regular },
  { route: 'campaigns', also: ['campaign', 'newCampaign'], path: paths.campaigns, label: 'campaigns', Icon: ChatBubblesQuestion20Regular },
  { route: 'proposals', path: paths.proposals, label: 'proposals', Icon: MailInbox20Regular },
  { route: 'meeting', path: paths.meeting, label: 'meeting', Icon: Presenter20Regular },
  { route: 'admin', path: paths.admin, label: 'admin', Icon: PeopleTeam20Regular },
];

export interface MainNavProps {
  current: RouteName;
  /** Entries only some roles see (bilan, administration, campaigns, proposals): those this person may open. */
  allowed: ReadonlySet<RouteName>;
}

const RESTRICTED = new Set<RouteName>(['admin', 'campaigns', 'proposals', 'bilan']);

/** The pages of the tab, as links (the current one marked with aria-current). */
export function MainNav({ current, allowed }: MainNavProps) {
  const styles = useMainNavStyles();
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')}>
      <ul className={styles.list}>
        {ENTRIES.filter((e) => !RESTRICTED.has(e.route) || allowed.has(e.route)).map(({ route, also, path, label, Icon }) => {
          const isCurrent = route === current || (also?.includes(current) ?? false);
          return (
            <li key={route}>
              <a
                href={hrefOf(path)}
                className={mergeClasses(styles.link, isCurrent && styles.current)}
                aria-current={route === current ? 'page' : isCurrent ? 'location' : undefined}
              >
                <Icon aria-hidden />
                {t(`nav.${label}`)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
