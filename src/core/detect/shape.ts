// Detection's signals read from the page walk: the body (from the candidate
// ranking), a dateline opening it, a byline, a date printed by the headline,
// and the link counts (detect/links.ts).

import { foldedText } from '../dom.ts';
import { normalizeDigits } from '../text/digits.ts';
import { classAndId, weightedLength } from '../page/blocks.ts';
import { inNonBody } from '../page/non-body.ts';
import { rankCandidatesSteps } from '../page/rank.ts';
import type { PageWalk } from '../page/walk.ts';
import { runSync, type Steps } from '../slice.ts';
import type { DetectFeatures, MetadataRead, ShapeFeatures } from './features.ts';
import { isLongBody, type ParagraphBody } from './paragraphs.ts';
import { countLinks, type LinkCounts } from './links.ts';
import { pageUrl } from './metadata.ts';

/** Pattern sources written as they read (no doubled backslashes). */
const raw = String.raw;
/** A word of two to twenty letters (any script), and a dash of any length. */
const WORD = raw`[\p{L}\p{M}]{2,20}`;
const DASH = '[-–—]';

/**
 * Shapes of a dateline opening the first paragraph (shape only: place and
 * agency names are core/dateline's business and live in lang files), as
 * pattern sources: each is compiled on its first use in the page (datelineSteps).
 */
const DATELINE_SHAPES: readonly string[] = [
  // caps-place: WASHINGTON (Reuters) -   KÖLN (dpa) -   PARIS, 3 mai (AFP) -   MOSCOW, June 29.
  raw`^\p{Lu}[\p{Lu}\p{M}'’.-]{2,}(?:[ -]\p{Lu}[\p{Lu}\p{M}'’.-]+){0,3}\s*(?:\(|,|[-–—])`,
  // place-dash-agency: موسكو - سبوتنيك.   القاهرة - وكالات.   Madrid, 3 may (EFE).
  raw`^${WORD}(?: ${WORD})?\s*${DASH}\s*${WORD}(?: ${WORD})?\s*[.:]`,
  // short-place-dash: المدينة نيوز :-   القاهرة -   Berlin – (a place or outlet of one to three words, then a dash)
  raw`^${WORD}(?: ${WORD}){0,2}\s*(?::\s*${DASH}|\s${DASH}\s)`,
  // agency-tatweel: واس - الرياض   أ ف ب ـ باريس (a spaced tatweel as the dash)
  raw`^[\p{L}\p{M}. ]{2,25}\sـ\s${WORD}`,
  // reporter-outlet-place: محمد العلي - سبق - الدمام:   ماجد الرفاعي- سبق- جدة:
  raw`^${WORD}(?: ${WORD}){1,3}\s*${DASH}\s*${WORD}(?: ${WORD})?\s*${DASH}\s*${WORD}(?: ${WORD})?\s*:`,
  // place-outlet: القاهرة: «الشرق الأوسط»   بيروت - «الحياة»
  raw`^${WORD}(?: ${WORD})?\s*(?::|\s${DASH})\s*«[^»]{2,30}»`,
  // name-bracket: محمد العلي (جدة)   لاہور (نمائندہ خصوصی)   (a line of its own, or a colon or dash after it)
  raw`^${WORD}(?: ${WORD}){0,3}\s*\(${WORD}(?: ${WORD}){0,2}\)\s*(?:[:\-–—]|$)`,
  // bracket: 【9月20日 AFP】
  raw`^【[^】]{2,30}】`,
  // zh-xun: 新京报快讯（记者 …）  本报讯（记者 …）
  raw`^[\p{Script=Han}]{1,12}(?:快讯|讯|電|电)\s*[（(〔]`,
  // zh-reporter: 〔記者巫其倫／台北報導〕
  raw`^[〔［[【](?:記者|记者)[^〕］\]】]{1,24}(?:報導|报道)[〕］\]】]`,
  // zh-dian: 新华社武汉7月2日电
  raw`^[\p{Script=Han}]{2,12}\d{1,2}月\d{1,2}日电`,
];
/** The shapes compiled so far in this page, by index. */
const datelineRes: RegExp[] = [];

/** A date as pages print it, in any language: 2024-04-18, 18.04.2024, 2024年4月18日, 24 يوليو 2015, May 21, 2024. */
const PRINTED_DATE =
  /(?:^|\D)(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d{2}|\d{1,2}\.?\s+[\p{L}\p{M}]{3,}\.?,?\s+(?:19|20)\d{2}|[\p{L}\p{M}]{3,}\.?\s+\d{1,2},?\s+(?:19|20)\d{2})(?!\d)/u;

/** The text of an element if it is short (at most `max` characters), else null; reads no further than that. */
function shortText(el: Element, max: number): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    text += (n as Text).data;
    if (text.length > max) return null;
  }
  return text;
}

/** Does a short element (150 characters at most) print a date? */
function printsDate(el: Element | null): boolean {
  const text = el ? shortText(el, 150) : null;
  return text !== null && PRINTED_DATE.test(normalizeDigits(text));
}

/** A date printed next to the headline: in the few elements just before or after it, or after its wrapper. */
export function dateNearHeadline(walk: PageWalk): boolean {
  const h = walk.h1s.find((el) => (el.textContent ?? '').trim().length >= 10) ?? walk.h2s[0];
  if (!h) return false;
  let el: Element | null = h.previousElementSibling;
  for (let i = 0; el && i < 2; el = el.previousElementSibling, i++) if (printsDate(el)) return true;
  el = h.nextElementSibling;
  for (let i = 0; el && i < 4; el = el.nextElementSibling, i++) if (printsDate(el)) return true;
  // <header><h1/></header><div class="date">…: the headline's wrapper holds little else.
  const wrap = h.parentElement;
  if (wrap && wrap.childElementCount <= 3 && wrap.localName !== 'body') {
    el = wrap.nextElementSibling;
    for (let i = 0; el && i < 3; el = el.nextElementSibling, i++) if (printsDate(el)) return true;
  }
  return false;
}

/**
 * Texts that may open with the dateline: the first qualified paragraph of the
 * candidate, and a short paragraph before it (a dateline on a line of its own).
 */
function firstBodyTexts(root: Element): string[] {
  const ps = root.querySelectorAll('p');
  let short: string | null = null;
  for (let i = 0; i < ps.length && i < 20; i++) {
    const p = ps[i];
    if (!p || inNonBody(p, root)) continue;
    const t = foldedText(p);
    if (t.length >= 40) return short ? [short, t] : [t];
    if (short === null && t.length >= 3) short = t;
  }
  return [foldedText(root).slice(0, 120)];
}

/** A byline: rel=author, an element named byline or author, or itemprop=author, with a name's length, outside comments. */
export function hasByline(walk: PageWalk): boolean {
  for (const el of [...walk.bylines, ...(walk.itemprops.get('author') ?? [])]) {
    const t = foldedText(el);
    if (t.length >= 3 && t.length <= 120 && !/comment/iu.test(classAndId(el))) return true;
  }
  return false;
}

/** The host of the page's URL, lower-cased, or null. */
function pageHost(doc: Document, url: string | null): string | null {
  try {
    return new URL(pageUrl(doc, url) ?? '').host.toLowerCase();
  } catch {
    return null;
  }
}

/** How many links an element holds, itself included. */
function linksIn(el: Element): number {
  return el.getElementsByTagName('a').length + (el.localName === 'a' ? 1 : 0);
}

/** The body's signals, and its root for the signals read from it. */
export interface BodyRead {
  body: Pick<ShapeFeatures, 'bodyParagraphs' | 'bodyChars'>;
  /** The body's root: the dateline opens it; links inside it are counted apart. */
  root: Element | null;
}

/**
 * The body: the paragraph body when it is long (detect/paragraphs.ts), else
 * the candidate ranking's best; or the itemprop=articleBody text when longer
 * (a step function).
 */
export function* bodySteps(doc: Document, walk: PageWalk, meta: MetadataRead, pb: ParagraphBody): Steps<BodyRead> {
  const { bodyEl } = meta;
  const articleBodyChars = bodyEl ? weightedLength(foldedText(bodyEl)) : 0;
  if (isLongBody(pb))
    return {
      body: { bodyParagraphs: pb.paragraphs, bodyChars: Math.round(Math.max(pb.chars, articleBodyChars)) },
      root: pb.root,
    };
  const top = (yield* rankCandidatesSteps(doc, walk)).top;
  return {
    body: { bodyParagraphs: top?.paragraphs ?? 0, bodyChars: Math.round(Math.max(top?.chars ?? 0, articleBodyChars)) },
    root: top?.el ?? null,
  };
}

/**
 * Does a dateline open the body? Each shape is made and tested in a step of
 * its own: the browser parses and compiles each of these Unicode patterns on
 * its first use in a page, up to ~10 ms for a long one on Arabic text, and a
 * page decided without the dateline never pays for them.
 */
export function* datelineSteps(root: Element | null): Steps<boolean> {
  const firsts = root ? firstBodyTexts(root).map((first) => first.slice(0, 80)) : [];
  if (!firsts.length) return false;
  for (let i = 0; i < DATELINE_SHAPES.length; i++) {
    const re = (datelineRes[i] ??= new RegExp(DATELINE_SHAPES[i] as string, 'u'));
    if (firsts.some((first) => re.test(first))) return true;
    yield;
  }
  return false;
}

/**
 * The most headline and list links the page can have, given how many links
 * are counted (the walk's, or as many as it would keep): those, and of them at
 * most those inside the root (a native count).
 */
export function linkLimits(links: number, root: Element | null): Pick<ShapeFeatures, 'headlineLinks' | 'listLinks'> {
  return { headlineLinks: links, listLinks: root ? Math.min(links, linksIn(root)) : 0 };
}

/**
 * Ever tighter bounds of the link signals before any walk, cheapest first: as
 * many links as the page has (at most `most`, the walk's cap), of them those
 * inside the root; then the walk's own count (countLinks) over the root's
 * links; then over the whole page's, which reads every link's text.
 */
export function* unwalkedLinkLimits(
  doc: Document,
  url: string | null,
  root: Element,
  most: number,
): Generator<Pick<ShapeFeatures, 'headlineLinks' | 'listLinks'>> {
  yield linkLimits(most, root);
  const host = pageHost(doc, url);
  const count = (links: HTMLCollectionOf<Element>): LinkCounts => runSync(countLinks(links, root, host));
  const listLinks = Math.min(most, count(root.getElementsByTagName('a')).list);
  yield { headlineLinks: most, listLinks };
  yield { headlineLinks: Math.min(most, count(doc.getElementsByTagName('a')).headline), listLinks };
}

/** The link signals: headline links outside the body and standing alone inside it, shop links. */
export function* linkFeaturesSteps(
  doc: Document,
  url: string | null,
  walk: PageWalk,
  root: Element | null,
): Steps<Pick<ShapeFeatures, 'headlineLinks' | 'listLinks' | 'shopLinks'>> {
  const links = yield* countLinks(walk.links, root, pageHost(doc, url));
  return { headlineLinks: links.headline, listLinks: links.list, shopLinks: links.shop };
}

/** The walk's signals the load path reads last, cheapest first (after the body and the byline). */
export const LATE_SIGNALS = ['visibleDate', 'dateline', 'links'] as const;

/** One of LATE_SIGNALS read (a step function, core/slice). */
export function* lateSignalSteps(
  which: (typeof LATE_SIGNALS)[number],
  doc: Document,
  url: string | null,
  walk: PageWalk,
  root: Element | null,
): Steps<Partial<ShapeFeatures>> {
  switch (which) {
    case 'visibleDate':
      return { visibleDate: dateNearHeadline(walk) };
    case 'dateline':
      return { dateline: yield* datelineSteps(root) };
    case 'links':
      return yield* linkFeaturesSteps(doc, url, walk, root);
  }
}

/** Every signal of the page: the metadata's, then the walk's (a step function, core/slice). */
export function* detectFeaturesSteps(
  doc: Document,
  url: string | null,
  walk: PageWalk,
  meta: MetadataRead,
  pb: ParagraphBody,
): Steps<DetectFeatures> {
  const { body, root } = yield* bodySteps(doc, walk, meta, pb);
  const dateline = yield* datelineSteps(root);
  const shape = { ...body, dateline, byline: hasByline(walk), visibleDate: dateNearHeadline(walk) };
  yield;
  const links = yield* linkFeaturesSteps(doc, url, walk, root);
  return { ...meta.features, ...shape, ...links };
}
