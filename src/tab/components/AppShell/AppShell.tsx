import { Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../app/host-context';
import { useMe } from '../../data/hooks/use-me';
import { useMandate } from '../../data/hooks/use-mandate';
import { canAdminister, hasCapability } from '../../model/permissions';
import type { RouteName } from '../../router/routes';
import { IdentityPicker } from '../IdentityPicker/IdentityPicker';
import { LanguageSwitch } from '../LanguageSwitch/LanguageSwitch';
import { LoadingState } from '../LoadingState/LoadingState';
import { MainNav } from '../MainNav/MainNav';
import { useAppShellStyles } from './AppShell.styles';

export interface AppShellProps {
  route: RouteName;
  children: ReactNode;
}

/** Header (brand, navigation, language, demo identity), then the page in <main>. */
export function AppShell({ route, children }: AppShellProps) {
  const styles = useAppShellStyles();
  const { t } = useTranslation();
  const host = useHost();
  const me = useMe().data;
  const mandate = useMandate();
  const allowed = useMemo(() => {
    const routes = new Set<RouteName>();
    if (canAdminister(me)) routes.add('admin');
    if (hasCapability(me, 'campaign.manage')) routes.add('campaigns');
    if (hasCapability(me, 'proposal.decide')) routes.add('proposals');
    if (hasCapability(me, 'internal.read')) routes.add('bilan');
    return routes;
  }, [me]);
  return (
    <>
      <a className={styles.skipLink} href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('header.skipToContent')}
      </a>
      <header className={styles.header}>
        <div className={styles.brand}>
          <span className={styles.logo} aria-hidden>
            CM
          </span>
          <div>
            <div className={styles.appName}>Cap Mandat</div>
            {mandate && <div className={styles.collectivity}>{mandate.collectivityName}</div>}
          </div>
        </div>
        <div className={styles.nav}>
          <MainNav current={route} allowed={allowed} />
        </div>
        <div className={styles.tools}>
          <LanguageSwitch />
          {!host.inTeams && me?.authMode === 'dev' && <IdentityPicker me={me} />}
        </div>
      </header>
      <main id="main" tabIndex={-1} className={styles.main}>
        <Suspense fallback={<LoadingState label={t('common.loading')} />}>{children}</Suspense>
      </main>
    </>
  );
}
