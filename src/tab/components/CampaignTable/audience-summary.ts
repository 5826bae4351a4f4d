import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../../api/campaigns';

/** An audience in a few words: "Chefs de 3 services", "Tous les élus", "12 personnes". */
export function useAudienceSummary(): (audience: Audience) => string {
  const { t } = useTranslation();
  return useCallback(
    (audience: Audience) => {
      switch (audience.kind) {
        case 'service_heads':
          return t('audienceSummary.services', { count: audience.serviceIds.length });
        case 'elected_officials':
          return t('audienceSummary.elected');
        case 'people':
          return t('audienceSummary.people', { count: audience.personIds.length });
      }
    },
    [t],
  );
}
