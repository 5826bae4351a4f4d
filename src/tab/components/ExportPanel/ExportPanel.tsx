import { Button, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowDownload20Regular, Open20Regular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PUBLIC_KINDS, type PublicKind } from '../../api/bilan';
import { ENTITY_KINDS, type EntityKind } from '../../api/enums';
import { useFormat } from '../../i18n/use-format';
import { exportFiles, type ExportFile } from '../../model/export-files';
import { ErrorState } from '../ErrorState/ErrorState';
import { useExportRunner } from './use-export-runner';

const useStyles = makeStyles({
  groups: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 380px), 1fr))', gap: tokens.spacingHorizontalXXL },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  source: { ...typographyStyles.body1, margin: 0 },
});

export interface ExportPanelProps {
  /** The snapshot the figures come from, or undefined for today. */
  snapshot: { id: string; title: string; asOf: string } | undefined;
  /** The date of today's figures (used in file names when no snapshot is chosen). */
  today: string;
  /** Whether the internal documents (Word, Excel, CSV) are offered: not to readers. */
  internal: boolean;
}

/** Every export of the bilan, from the chosen snapshot or today: internal documents and the public versions. */
export function ExportPanel({ snapshot, today, internal }: ExportPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const { busy, outcome, run } = useExportRunner(snapshot?.id);
  const [csvKind, setCsvKind] = useState<EntityKind>('action');
  const [openKind, setOpenKind] = useState<PublicKind>('commitment');
  const asOf = snapshot?.asOf ?? today;
  const button = (file: ExportFile, label: string, options: { open?: boolean; primary?: boolean } = {}): ReactNode => (
    <Button
      appearance={options.primary ? 'primary' : 'secondary'}
      icon={options.open ? <Open20Regular /> : <ArrowDownload20Regular />}
      disabled={busy !== undefined}
      onClick={() => void run(file, options.open)}
    >
      {label}
    </Button>
  );
  return (
    <>
      <p className={styles.source}>
        {snapshot ? t('bilan.exports.fromSnapshot', { title: snapshot.title, date: format.date(snapshot.asOf) }) : t('bilan.exports.fromToday')}
      </p>
      <div className={styles.groups}>
        {internal && (
          <div className={styles.group}>
            <h3 className={styles.heading}>{t('bilan.exports.internal')}</h3>
            <div className={styles.row}>{button(exportFiles.word(asOf), t('bilan.exports.word'), { primary: true })}</div>
            <p className={styles.hint}>{t('bilan.exports.wordHint')}</p>
            <div className={styles.row}>{button(exportFiles.excel(asOf), t('bilan.exports.excel'))}</div>
            <div className={styles.row}>
              <Field label={t('bilan.exports.csvKind')}>
                <Select value={csvKind} onChange={(_e, d) => setCsvKind(d.value as EntityKind)}>
                  {ENTITY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`entityKind.${k}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              {button(exportFiles.csv(csvKind, asOf), t('bilan.exports.csvButton'))}
            </div>
          </div>
        )}
        <div className={styles.group}>
          {/* Alone (for readers), the group is the whole panel, whose title says as much. */}
          {internal && <h3 className={styles.heading}>{t('bilan.exports.public')}</h3>}
          <p className={styles.hint}>{t('bilan.exports.publicHint')}</p>
          <div className={styles.row}>
            {button(exportFiles.publicHtml(asOf), t('bilan.exports.openPublic'), { open: true, primary: !internal })}
            {button(exportFiles.publicHtml(asOf), t('bilan.exports.publicHtml'))}
            {button(exportFiles.publicPdf(asOf), t('bilan.exports.publicPdf'))}
          </div>
          <div className={styles.row}>
            {button(exportFiles.openDataJson(asOf), t('bilan.exports.openDataJson'))}
            {button(exportFiles.schema(), t('bilan.exports.schema'))}
          </div>
          <div className={styles.row}>
            <Field label={t('bilan.exports.openDataKind')}>
              <Select value={openKind} onChange={(_e, d) => setOpenKind(d.value as PublicKind)}>
                {PUBLIC_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`entityKind.${k}`)}
                  </option>
                ))}
              </Select>
            </Field>
            {button(exportFiles.openDataCsv(openKind, asOf), t('bilan.exports.openDataButton'))}
          </div>
        </div>
      </div>
      <div role="status">
        {busy && <p className={styles.hint}>{t('bilan.exports.preparing')}</p>}
        {outcome?.kind === 'done' && (
          <MessageBar intent="success">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {outcome?.kind === 'failed' && <ErrorState error={outcome.error} />}
    </>
  );
}
