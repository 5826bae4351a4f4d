import type { Feedback } from '../entities/index.js';
import { foldText } from './text.js';

/** A theme and how many feedback records raised it. */
export interface ThemeCount {
  theme: string;
  count: number;
}

/** Feedback that comes from the population itself (the other kinds are seminars and internal meetings). */
export const CITIZEN_FEEDBACK_KINDS: ReadonlySet<Feedback['kind']> = new Set(['citizen_workshop', 'online_consultation']);

/**
 * The themes raised most often, most frequent first (ties alphabetical). Themes are compared without case or accents
 * ("Vélo" and "velo" are one theme) and shown as first written.
 */
export function mainThemes(feedback: readonly Pick<Feedback, 'themes'>[], limit: number): ThemeCount[] {
  const counts = new Map<string, ThemeCount>();
  for (const record of feedback) {
    // A record that lists a theme twice raises it once.
    for (const key of new Set(record.themes.map((t) => foldText(t.trim())))) {
      const theme = record.themes.find((t) => foldText(t.trim()) === key)?.trim() ?? key;
      const entry = counts.get(key) ?? { theme, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme, 'fr')).slice(0, limit);
}

/** What was heard about a set of feedback records: how many, how many from citizens, participants, main themes. */
export interface VoiceFigures {
  count: number;
  citizen: number;
  participants: number;
  themes: ThemeCount[];
}

/** Counts and main themes of some feedback records. */
export function voiceFigures(feedback: readonly Pick<Feedback, 'kind' | 'themes' | 'participants'>[], themeLimit: number): VoiceFigures {
  return {
    count: feedback.length,
    citizen: feedback.filter((f) => CITIZEN_FEEDBACK_KINDS.has(f.kind)).length,
    participants: feedback.reduce((sum, f) => sum + (f.participants ?? 0), 0),
    themes: mainThemes(feedback, themeLimit),
  };
}
