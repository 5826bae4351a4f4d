import { Button, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { Edit20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../../api/records';
import { useFormat } from '../../i18n/use-format';
import { useBilanTableStyles } from '../BilanTable/bilan-table.styles';

const useStyles = makeStyles({
  summary: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXXS} 0 0`, whiteSpace: 'pre-line', fontWeight: tokens.fontWeightRegular },
  date: { whiteSpace: 'nowrap' },
});

export interface FeedbackTableProps {
  items: Feedback[];
  /** Reference and title of a commitment, by id. */
  commitmentLabel: (id: string) => string;
  /** Undefined when this person may not edit feedback. */
  onEdit?: (item: Feedback) => void;
}

/** Feedback records: date, title and summary, kind, participants, themes, linked commitments; an edit button for writers. */
export function FeedbackTable({ items, commitmentLabel, onEdit }: FeedbackTableProps) {
  const styles = useBilanTableStyles();
  const own = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const head = mergeClasses(styles.cell, styles.head);
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t('feedback.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" className={head}>{t('feedback.columns.date')}</th>
          <th scope="col" className={head}>{t('feedback.columns.title')}</th>
          <th scope="col" className={head}>{t('feedback.columns.kind')}</th>
          <th scope="col" className={mergeClasses(head, styles.number)}>{t('feedback.columns.participants')}</th>
          <th scope="col" className={head}>{t('feedback.columns.themes')}</th>
          <th scope="col" className={head}>{t('feedback.columns.commitments')}</th>
          {onEdit && <th scope="col" className={mergeClasses(head, styles.tools)}>{t('feedback.columns.tools')}</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-feedback={item.id}>
            <td className={mergeClasses(styles.cell, own.date)}>{format.date(item.date)}</td>
            <th scope="row" className={styles.cell}>
              <span className={styles.rowTitle}>{item.title}</span>
              {item.summary && <p className={own.summary}>{item.summary}</p>}
            </th>
            <td className={styles.cell}>{t(`feedbackKind.${item.kind}`)}</td>
            <td className={mergeClasses(styles.cell, styles.number)}>{format.number(item.participants)}</td>
            <td className={styles.cell}>{item.themes.join(', ') || t('common.none')}</td>
            <td className={styles.cell}>{item.commitmentIds.map(commitmentLabel).join(' ; ') || t('common.none')}</td>
            {onEdit && (
              <td className={mergeClasses(styles.cell, styles.tools)}>
                <Button size="small" icon={<Edit20Regular />} onClick={() => onEdit(item)} aria-label={t('feedback.editLabel', { title: item.title })}>
                  {t('common.edit')}
                </Button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
