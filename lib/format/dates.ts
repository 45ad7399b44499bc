/** Dates and ages as Sourcelight says them to a reader (the popup, the cards, the library). */
import { i18n } from '#i18n';

/** The locale of the messages in use (en.yml's format.locale): numbers, dates and country names follow the words around them. */
export const formatLocale = (): string => i18n.t('format.locale');

export function formatDate(iso: string | null, locale = formatLocale()): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

export function formatShortDate(iso: string | null): string {
  if (!iso) return i18n.t('date.undated');
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? i18n.t('date.undated')
    : d.toLocaleDateString(formatLocale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "just now", "12 minutes ago", "3 hours ago", "2 days ago". */
export function formatAge(then: number, now: number = Date.now()): string {
  const minutes = Math.max(0, Math.round((now - then) / 60_000));
  if (minutes < 1) return i18n.t('age.justNow');
  if (minutes < 60) return i18n.t('age.minutes', minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 48) return i18n.t('age.hours', hours);
  return i18n.t('age.days', Math.round(hours / 24));
}
