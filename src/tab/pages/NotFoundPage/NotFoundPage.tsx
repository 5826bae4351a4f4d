import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';

/** An address the tab does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <p>
        <RouterLink to={paths.dashboard}>{t('notFound.back')}</RouterLink>
      </p>
    </>
  );
}
