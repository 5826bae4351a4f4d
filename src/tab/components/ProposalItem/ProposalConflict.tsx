import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalRecord } from '../../api/campaigns';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';

export interface ProposalConflictProps {
  current: ProposalRecord;
  directory: Directory;
  onRetry: () => void;
  onReload: () => void;
}

/**
 * "Someone else handled this meanwhile": what they decided (or that it changed), nothing lost of what this user typed;
 * takes the focus, like the conflict panel of the record pages.
 */
export function ProposalConflict({ current, directory, onRetry, onReload }: ProposalConflictProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => region.current?.focus(), []);
  const decided = current.state !== 'pending';
  return (
    <div ref={region} tabIndex={-1} role="region" aria-label={t('proposals.conflict.title')}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('proposals.conflict.title')}</MessageBarTitle>
          {decided
            ? t('proposals.conflict.decided', {
                state: t(`proposals.conflict.stateWord.${current.state}`),
                name: directory.personName(current.decidedBy) ?? current.decidedBy ?? '',
                date: current.decidedAt ? format.dateTime(current.decidedAt) : '',
              })
            : t('proposals.conflict.changed')}
        </MessageBarBody>
      </MessageBar>
      {decided ? (
        <Button onClick={onReload}>{t('proposals.conflict.reload')}</Button>
      ) : (
        <Button appearance="primary" onClick={onRetry}>
          {t('proposals.conflict.retry')}
        </Button>
      )}
    </div>
  );
}
