// Citations and exports of the article's quotes: pure text building (no DOM,
// no extension APIs), so the popup, the unit tests and the e2e agree on it.

import type { Quote } from '../core/types.ts';

/** What a citation says about where a quote comes from. */
export interface CiteContext {
  /** Page title (the headline). */
  title: string;
  url: string;
  /** The site's host name, e.g. "arabic.rt.com". */
  site: string | null;
  /** The dateline's agency, e.g. "سبوتنيك" or "Reuters". */
  agency: string | null;
  /** The dateline's place. */
  place: string | null;
  /** The publication date as shown in the popup (UI locale), or null. */
  date: string | null;
  /** The machine-readable publication date (ISO 8601), or null. */
  dateIso: string | null;
  /** The page's language (BCP 47), or null. */
  lang: string | null;
  /** Shown for a quote without a named speaker. */
  unknownSpeaker: string;
}

/** "Site/Agency": both when the page names an agency that is not the site itself. */
function sourceLabel(ctx: CiteContext): string | null {
  const parts = [ctx.site, ctx.agency].filter((p): p is string => !!p);
  return parts.length ? parts.join('/') : null;
}

/** "Speaker, role" as the article gives them (the role only beside a named speaker). */
export function attribution(q: Quote, ctx: CiteContext): string {
  if (!q.speaker) return ctx.unknownSpeaker;
  return q.speakerRole ? `${q.speaker}, ${q.speakerRole}` : q.speaker;
}

/** `“quote” — Speaker, role, Site/Agency, date, URL` (the parts that are known). */
export function citation(q: Quote, ctx: CiteContext): string {
  const tail = [attribution(q, ctx), sourceLabel(ctx), ctx.date, ctx.url].filter((p): p is string => !!p);
  return `“${q.text}” — ${tail.join(', ')}`;
}

/** Markdown export: a heading with the source, then one block quote per quotation. */
export function quotesMarkdown(quotes: readonly Quote[], ctx: CiteContext): string {
  // Page text goes into Markdown: neutralise what would turn into markup or links.
  const md = (s: string): string => s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
  const lines = [`# ${md(ctx.title)}`, ''];
  const meta = [sourceLabel(ctx), ctx.place, ctx.date].filter((p): p is string => !!p).map(md);
  if (meta.length) lines.push(meta.join(' · '), '');
  lines.push(`<${ctx.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  for (const q of quotes) {
    lines.push(`> ${md(q.text)}`, `>`, `> — ${md(attribution(q, ctx))}`, '');
  }
  return lines.join('\n');
}

/** JSON export: the source, then the quotes as the analysis found them. */
export function quotesJson(quotes: readonly Quote[], ctx: CiteContext): string {
  return `${JSON.stringify(
    {
      title: ctx.title,
      url: ctx.url,
      site: ctx.site,
      agency: ctx.agency,
      place: ctx.place,
      published: ctx.dateIso,
      lang: ctx.lang,
      quotes: quotes.map((q) => ({
        text: q.text,
        speaker: q.speaker,
        speakerRole: q.speakerRole,
        cue: q.cue,
        paragraph: q.paragraph,
      })),
    },
    null,
    2,
  )}\n`;
}

/** A file name safe on every OS: clearline-quotes-<site>-<date>.<ext>. */
export function exportFileName(ctx: CiteContext, ext: 'md' | 'json'): string {
  const site = (ctx.site ?? 'page').replace(/[^\p{L}\p{N}.-]+/gu, '-').slice(0, 60);
  const day = ctx.dateIso?.slice(0, 10) ?? '';
  return `clearline-quotes-${site}${/^\d{4}-\d{2}-\d{2}$/.test(day) ? `-${day}` : ''}.${ext}`;
}
