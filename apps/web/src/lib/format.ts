import dayjs from 'dayjs';

/** Shown where a value is absent, so an empty cell is distinguishable from a still-loading one. */
export const EMPTY = '—';

/** `2026-06-30 14:05` in the viewer's clock; absent values render as EMPTY. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD HH:mm') : EMPTY;
}

/** Thousands separators in the form both locales expect for head counts. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** The graduation year a staff member most likely cares about: this year's cohort, in China time. */
export function currentCohortYear(): number {
  return Number(
    new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
  );
}

/** File sizes as people read them on a phone: 820 KB, 2.4 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
