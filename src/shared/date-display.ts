// Date formatting for the popup and the reading view: the publisher's date in the
// UI locale, in the publisher's own offset (what the page printed), never the reader's zone.

import type { Published } from '../core/types.ts';

export interface DateDisplay {
  /** e.g. "28 October 2021, 19:04 GMT" in the UI locale. */
  date: string;
  time: string | null;
  zone: string | null;
  /** machine-readable value for <time datetime>. */
  datetime: string;
}

const OFFSET_RE = /(?:([+-])(\d{2}):?(\d{2})|Z)$/i;

function zoneLabel(sign: string, hh: string, mm: string): string {
  if (hh === '00' && mm === '00') return 'GMT';
  return `GMT${sign}${Number(hh)}${mm === '00' ? '' : `:${mm}`}`;
}

export function formatPublished(p: Published, locale: string): DateDisplay | null {
  const dateFmt = (d: Date): string =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  if (p.iso && /T\d{2}:\d{2}/.test(p.iso)) {
    const m = OFFSET_RE.exec(p.iso);
    const ms = Date.parse(m ? p.iso : `${p.iso}Z`);
    if (!Number.isNaN(ms)) {
      let offsetMin = 0;
      let zone: string | null = null;
      if (m) {
        const [, sign = '+', hh = '00', mm = '00'] = m;
        offsetMin = (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
        zone = zoneLabel(sign, hh, mm);
      }
      // Shift to the publisher's wall clock, then format as UTC.
      const wall = new Date(ms + offsetMin * 60_000);
      return {
        date: dateFmt(wall),
        time: new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(wall),
        zone,
        datetime: p.iso,
      };
    }
  }
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p.date);
  if (!d) return null;
  const when = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])));
  if (Number.isNaN(when.getTime())) return null;
  return { date: dateFmt(when), time: null, zone: null, datetime: p.date };
}

/**
 * The publication date as the popup states it (and the reading view above the
 * body): the UI locale's date, with the time and the publisher's zone when known.
 */
export function shownDate(d: DateDisplay, t: (key: string, subs?: string | string[]) => string): string {
  if (d.time && d.zone) return t('dateTimeZone', [d.date, d.time, d.zone]);
  if (d.time) return t('dateTime', [d.date, d.time]);
  return d.date;
}
