import { Button, MessageBar, MessageBarBody, MessageBarTitle, mergeClasses } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { changedFields, toDraft, type Draft, type FieldSpec } from '../../model/record-draft';
import { useConflictPanelStyles } from './ConflictPanel.styles';

export interface ConflictPanelProps {
  fields: readonly FieldSpec[];
  /** The version this user started from. */
  base: object;
  /** Their version (what the API holds now). */
  theirs: object & { updatedAt: string };
  draft: Draft;
  labelOf: (field: string) => string;
  /** A field's value in words (names, dates, enumerations). */
  describe: (field: string, value: string) => string;
  when: string;
  onReapply: () => void;
  onDiscard: () => void;
}

/**
 * "Someone else changed this meanwhile": their version beside what this user typed, field by field; nothing typed is
 * lost until the user chooses. Takes the focus so keyboard and screen reader users land on it.
 */
export function ConflictPanel({ fields, base, theirs, draft, labelOf, describe, when, onReapply, onDiscard }: ConflictPanelProps) {
  const styles = useConflictPanelStyles();
  const { t } = useTranslation();
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => region.current?.focus(), []);
  const mine = new Set(changedFields(draft, base, fields));
  const theirsChanged = new Set(changedFields(toDraft(theirs, fields), base, fields));
  const rows = fields.filter((f) => mine.has(f.name) || theirsChanged.has(f.name));
  const theirDraft = toDraft(theirs, fields);
  return (
    <div ref={region} tabIndex={-1} role="region" aria-label={t('conflict.title')}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{t('conflict.title')}</MessageBarTitle>
          <span>{t('conflict.explain', { when })}</span>
          <table className={styles.table}>
            <caption className={styles.head}>{t('conflict.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className={mergeClasses(styles.cell, styles.head)}>{t('conflict.field')}</th>
                <th scope="col" className={mergeClasses(styles.cell, styles.head)}>{t('conflict.theirs')}</th>
                <th scope="col" className={mergeClasses(styles.cell, styles.head)}>{t('conflict.mine')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr key={f.name} className={mine.has(f.name) && theirsChanged.has(f.name) ? styles.both : undefined}>
                  <th scope="row" className={styles.cell}>{labelOf(f.name)}</th>
                  <td className={styles.cell}>{describe(f.name, theirDraft[f.name] ?? '')}</td>
                  <td className={styles.cell}>{mine.has(f.name) ? describe(f.name, draft[f.name] ?? '') : t('conflict.unchanged')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={onReapply}>{t('conflict.reapply')}</Button>
            <Button onClick={onDiscard}>{t('conflict.discard')}</Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
