import type { TFunction } from 'i18next';
import type { Directory } from '../../data/hooks/use-directory';
import type { Format } from '../../i18n/use-format';
import { DRAFT_PARTS, type CampaignDraft, type DraftPart } from '../../model/campaign-draft';
import type { Draft } from '../../model/record-draft';
import { reminderLabel } from './reminder-label';

const MAX_NAMES = 6;
const names = (list: (string | undefined)[]): string => {
  const shown = list.filter((n): n is string => n !== undefined);
  return shown.length > MAX_NAMES ? `${shown.slice(0, MAX_NAMES).join(', ')}…` : shown.join(', ');
};

/** One part of a draft in words, for the conflict panel ("Chefs des services choisis : DST, DRH"). */
export function describePart(d: CampaignDraft, part: DraftPart, ctx: { t: TFunction; format: Format; directory: Directory }): string {
  const { t, format, directory } = ctx;
  switch (part) {
    case 'kind':
      return t(`campaignKind.${d.kind}`);
    case 'title':
    case 'description':
      return d[part] || t('history.empty');
    case 'audience': {
      const who =
        d.audience === 'service_heads'
          ? names(d.serviceIds.map((id) => directory.serviceName(id) ?? id))
          : d.audience === 'people'
            ? names(d.personIds.map((id) => directory.personName(id) ?? id))
            : '';
      return who ? `${t(`audienceKind.${d.audience}`)}${t('history.colon')}${who}` : t(`audienceKind.${d.audience}`);
    }
    case 'openingDate':
    case 'deadline':
      return format.date(d[part] || undefined);
    case 'reminderOffsets':
      return d.reminderOffsets.map((o) => reminderLabel(t, o)).join(', ') || t('history.empty');
    case 'applyMode':
      return t(`applyMode.${d.applyMode}`);
    case 'questions':
      return d.kind === 'custom' ? t('campaign.questionsCount', { count: d.questions.length, labels: names(d.questions.map((q) => q.fr)) }) : t('history.empty');
  }
}

/** A whole draft in words, part by part (what ConflictPanel compares). */
export function describeDraft(d: CampaignDraft, ctx: Parameters<typeof describePart>[2]): Draft {
  return Object.fromEntries(DRAFT_PARTS.map((p) => [p, describePart(d, p, ctx)]));
}
