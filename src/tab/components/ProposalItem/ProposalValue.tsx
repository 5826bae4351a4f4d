import { useTranslation } from 'react-i18next';
import { TRENDS, WEATHERS, type Trend, type Weather } from '../../api/enums';
import { useFormat } from '../../i18n/use-format';
import { TrendLabel } from '../TrendLabel/TrendLabel';
import { WeatherLabel } from '../WeatherLabel/WeatherLabel';

const isWeather = (v: unknown): v is Weather => (WEATHERS as readonly unknown[]).includes(v);
const isTrend = (v: unknown): v is Trend => (TRENDS as readonly unknown[]).includes(v);

/** A current or proposed value in words: météo with its icon, progress in %, a measure with its unit, a date. */
export function ProposalValue({ field, value, unit }: { field: string; value: string | number | boolean | null; unit?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (field === 'weather') return <WeatherLabel weather={isWeather(value) ? value : undefined} />;
  if (value === null || value === '') return <span>{t('history.empty')}</span>;
  if (field === 'trend' && isTrend(value)) return <TrendLabel trend={value} />;
  if (typeof value === 'number') {
    if (field === 'progress') return <span>{format.progress(value)}</span>;
    return <span>{unit ? `${format.number(value)} ${unit}` : format.number(value)}</span>;
  }
  if (typeof value === 'boolean') return <span>{t(value ? 'common.yes' : 'common.no')}</span>;
  if (field === 'date') return <span>{format.date(value)}</span>;
  return <span>{value}</span>;
}
