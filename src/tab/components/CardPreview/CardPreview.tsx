import { Button, Field, Select, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useCampaignPreview } from '../../data/hooks/use-campaigns';
import { LANGUAGES, pickLanguage, type Language } from '../../i18n/languages';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  note: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  frame: {
    maxWidth: '520px',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
    // What the renderer builds is unstyled HTML: inputs and buttons get the tab's look.
    '& .ac-input, & input, & textarea, & select': {
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorNeutralForeground1,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      borderRadius: tokens.borderRadiusMedium,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      fontFamily: tokens.fontFamilyBase,
    },
    '& button': {
      ...typographyStyles.body1Strong,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorNeutralForeground1,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      borderRadius: tokens.borderRadiusMedium,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      cursor: 'pointer',
    },
    '& button.primary, & button.style-positive': { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
    '& p': { margin: 0 },
  },
});

// Language names are written in their own language (as in the language switch).
const LANGUAGE_NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };

/** The card the first recipient would receive, rendered with the Adaptive Cards library as Teams renders it. */
export function CardPreview({ campaignId, stale }: { campaignId: string | undefined; stale: boolean }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [lang, setLang] = useState<Language>(pickLanguage(i18n.language));
  const preview = useCampaignPreview(campaignId, lang);
  const container = useRef<HTMLDivElement>(null);
  const [rendered, setRendered] = useState<boolean | undefined>();
  const card = preview.data?.card;

  useEffect(() => {
    if (!card) return undefined;
    let current = true;
    // The renderer is only downloaded when a preview shows.
    import('./render-card')
      .then(({ renderCard }) => {
        if (current && container.current) setRendered(renderCard(card, container.current).ok);
      })
      .catch(() => {
        if (current) setRendered(false);
      });
    return () => {
      current = false;
    };
  }, [card]);

  if (!campaignId) return <p className={styles.note}>{t('preview.saveFirst')}</p>;
  // A server without a card builder answers 404: the preview is then simply not offered.
  const unavailable = (preview.error instanceof ApiError && preview.error.status === 404) || rendered === false;
  return (
    <div className={styles.root}>
      <div className={styles.tools}>
        <Field label={t('preview.language')}>
          <Select value={lang} onChange={(_e, d) => setLang(pickLanguage(d.value))}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </Select>
        </Field>
        <Button icon={<ArrowClockwise20Regular />} onClick={preview.reload} disabled={preview.fetching}>
          {t('preview.refresh')}
        </Button>
      </div>
      {stale && <p className={styles.note}>{t('preview.stale')}</p>}
      {preview.data?.recipientName && <p className={styles.note}>{t('preview.for', { name: preview.data.recipientName })}</p>}
      {unavailable ? (
        <p className={styles.note}>{t('preview.unavailable')}</p>
      ) : preview.error ? (
        <ErrorState error={preview.error} onRetry={preview.reload} />
      ) : (
        !card && <LoadingState label={t('common.loading')} />
      )}
      <div ref={container} className={styles.frame} role="region" aria-label={t('preview.label')} data-testid="card-preview" hidden={!card || unavailable} />
    </div>
  );
}
