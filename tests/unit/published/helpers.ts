// Shared by the published/ tests: pages written here, and candidates as the DOM side emits them.
import { JSDOM } from 'jsdom';
import { collectDateEvidence, resolvePublished } from '../../../src/core/published/index.ts';
import { readEvidence, type DateContext } from '../../../src/core/published/read.ts';
import { PICK_RULES, SKIP_RULES, type Pick } from '../../../src/core/published/rules/index.ts';
import { isoOf } from '../../../src/core/published/parse.ts';
import { RANKS } from '../../../src/core/published/sources.ts';
import type { ArticleInfo, DateArea, DateCandidate, DateCut, Published } from '../../../src/core/types.ts';

export const NOW = Date.UTC(2026, 0, 1);

export function docOf(html: string): Document {
  return new JSDOM(html, { url: 'https://news.example.org/' }).window.document;
}

/** An article with no root or headline: collection must still work from metadata and the document. */
export const bare: ArticleInfo = { root: null, paragraphs: [], headline: null, standfirst: null };

/** The article of a page: its root and headline by selector (none when not given). */
export function articleOf(doc: Document, root?: string, headline = 'h1'): ArticleInfo {
  return { ...bare, root: root ? doc.querySelector(root) : null, headline: doc.querySelector(headline) };
}

export function published(html: string, url: string | null = null, lang: string | null = 'en'): Published | null {
  return resolvePublished(collectDateEvidence(docOf(html), bare, url), lang, NOW);
}

/** Resolves a page with its article's root and headline. */
export function publishedIn(html: string, root: string | undefined, lang: string, url: string | null = null) {
  const doc = docOf(html);
  return resolvePublished(collectDateEvidence(doc, articleOf(doc, root), url), lang, NOW);
}

// Candidates as evidence.ts emits them.
export const ld = (text: string, rank: number = RANKS.jsonLdArticle): DateCandidate => ({
  origin: 'json-ld',
  key: 'datePublished',
  role: 'published',
  form: 'machine',
  text,
  rank,
});
export const meta = (key: string, text: string, rank: number = RANKS.metaStandard): DateCandidate => ({
  origin: 'meta',
  key,
  role: rank === RANKS.metaGeneric ? 'generic' : 'published',
  form: 'machine',
  text,
  rank,
});
const TIME = {
  header: [RANKS.timeHeader, RANKS.timeHeaderText],
  article: [RANKS.timeArticle, RANKS.timeArticleText],
  page: [RANKS.timePage, RANKS.timePageText],
} as const;
export const time = (area: DateArea, form: 'machine' | 'printed', text: string, updated = false): DateCandidate => ({
  origin: 'time',
  area,
  role: updated ? 'updated' : 'generic',
  form,
  text,
  rank: updated ? RANKS.updated : TIME[area][form === 'machine' ? 0 : 1],
});
const TEXT = { header: RANKS.textHeader, article: RANKS.textArticle, page: RANKS.textPage } as const;
export const printed = (area: DateArea, text: string): DateCandidate => ({
  origin: 'text',
  area,
  role: 'generic',
  form: 'printed',
  text,
  rank: TEXT[area],
});
export const body = (cut: DateCut, text: string): DateCandidate => ({
  origin: 'body',
  role: 'generic',
  form: 'printed',
  cut,
  text,
  rank: RANKS.body,
});
export const urlOf = (text: string): DateCandidate => ({
  origin: 'url',
  role: 'generic',
  form: 'url',
  text,
  rank: RANKS.url,
});

export function contextOf(candidates: DateCandidate[], lang: string | null = 'en'): DateContext {
  return readEvidence({ candidates }, lang, NOW);
}

/** Runs one named pick rule on the first of the candidates (most trusted first), as resolve does. */
export function runPick(name: string, candidates: DateCandidate[], lang: string | null = 'en'): Pick | null {
  const rule = PICK_RULES.find((r) => r.name === name);
  if (!rule) throw new Error(`no pick rule ${name}`);
  const ctx = contextOf(candidates, lang);
  const from = ctx.candidates[0];
  if (!from?.parsed) throw new Error('the first candidate reads no date');
  return rule.run({ from, day: from.parsed, iso: isoOf(from.parsed), mark: null }, ctx);
}

/** Whether one named skip rule passes over a candidate. */
export function skips(name: string, candidate: DateCandidate, lang: string | null = 'en'): boolean {
  const rule = SKIP_RULES.find((r) => r.name === name);
  if (!rule) throw new Error(`no skip rule ${name}`);
  const ctx = contextOf([candidate], lang);
  return rule.skips(ctx.candidates[0] as NonNullable<(typeof ctx.candidates)[0]>, ctx);
}
