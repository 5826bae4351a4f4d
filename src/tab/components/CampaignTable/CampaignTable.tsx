import { mergeClasses } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../api/campaigns';
import { useFormat } from '../../i18n/use-format';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';
import { CampaignStateBadge } from '../CampaignStateBadge/CampaignStateBadge';
import { FunnelSummary } from '../CampaignFunnel/CampaignFunnel';
import { useAdminTableStyles } from '../ServiceAdminTable/admin-table.styles';
import { useAudienceSummary } from './audience-summary';

/** Campaigns with their kind, state, recipients, dates and a compact funnel; each links to its page. */
export function CampaignTable({ items }: { items: CampaignSummary[] }) {
  const styles = useAdminTableStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const audienceSummary = useAudienceSummary();
  const head = mergeClasses(styles.cell, styles.head);
  return (
    <table className={styles.table}>
      <caption className={head}>{t('campaigns.caption', { count: items.length })}</caption>
      <thead>
        <tr>
          <th scope="col" className={head}>{t('campaigns.columns.campaign')}</th>
          <th scope="col" className={head}>{t('campaigns.columns.state')}</th>
          <th scope="col" className={head}>{t('campaigns.columns.audience')}</th>
          <th scope="col" className={head}>{t('campaigns.columns.dates')}</th>
          <th scope="col" className={head}>{t('campaigns.columns.funnel')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map(({ campaign: c, funnel }) => (
          <tr key={c.id} data-campaign={c.id}>
            <th scope="row" className={styles.cell}>
              <RouterLink to={paths.campaign(c.id)}>{c.title}</RouterLink>
              <span className={styles.meta}>{t(`campaignKind.${c.kind}`)}</span>
            </th>
            <td className={styles.cell}>
              <CampaignStateBadge state={c.state} />
            </td>
            <td className={styles.cell}>{audienceSummary(c.audience)}</td>
            <td className={styles.cell}>{t('campaigns.dates', { opening: format.date(c.openingDate), deadline: format.date(c.deadline) })}</td>
            <td className={styles.cell}>
              {c.state === 'draft' ? <span className={styles.meta}>{t('campaigns.notLaunched')}</span> : <FunnelSummary funnel={funnel} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
