import { useMemo } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { useModelLanguage } from './useModelLanguage';

/** Formats dates in the app's language and user refs as short names. */
export function useFormatters() {
  const { locale } = useModelLanguage();
  return useMemo(() => {
    let dateTime: Intl.DateTimeFormat;
    let date: Intl.DateTimeFormat;
    try {
      dateTime = new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
      date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    } catch {
      // An app language the runtime does not know: fall back to English.
      dateTime = new Intl.DateTimeFormat('en', {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
      date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
    }
    // A missing or malformed timestamp shows as nothing rather than crashing the view.
    const safe = (format: Intl.DateTimeFormat, iso: string) => {
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? '' : format.format(value);
    };
    return {
      formatDateTime: (iso: string) => safe(dateTime, iso),
      formatDate: (iso: string) => safe(date, iso),
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
