import { useMemo } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { useModelLanguage } from './useModelLanguage';

/** Formats dates and numbers in the app's language, and user refs as short names. */
export function useFormatters() {
  const { locale } = useModelLanguage();
  return useMemo(() => {
    let dateTime: Intl.DateTimeFormat;
    let date: Intl.DateTimeFormat;
    let month: Intl.DateTimeFormat;
    let percent: Intl.NumberFormat;
    let decimal: Intl.NumberFormat;
    try {
      dateTime = new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
      date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
      month = new Intl.DateTimeFormat(locale, {
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
      percent = new Intl.NumberFormat(locale, { style: 'percent' });
      decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    } catch {
      // An app language the runtime does not know: fall back to English.
      dateTime = new Intl.DateTimeFormat('en', {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
      date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
      month = new Intl.DateTimeFormat('en', {
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
      percent = new Intl.NumberFormat('en', { style: 'percent' });
      decimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
    }
    // A missing or malformed timestamp shows as nothing rather than crashing the view.
    const safe = (format: Intl.DateTimeFormat, iso: string) => {
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? '' : format.format(value);
    };
    return {
      formatDateTime: (iso: string) => safe(dateTime, iso),
      formatDate: (iso: string) => safe(date, iso),
      /** `2025-04` becomes `Apr 2025` in English. */
      formatMonth: (yearMonth: string) =>
        safe(month, `${yearMonth}-01T00:00:00Z`),
      /** A 0-1 share as a whole percentage. */
      formatPercent: (share: number) => percent.format(share),
      /** A score or mean with at most one decimal. */
      formatNumber: (value: number) => decimal.format(value),
      /** `user:default/jane.doe` becomes `jane.doe`; anything unparsable is shown as is. */
      formatUser: (ref: string) => {
        try {
          return parseEntityRef(ref).name;
        } catch {
          return ref;
        }
      },
    };
  }, [locale]);
}
