// Phase "carry": two pages of one site (the dates pages' sites with two or
// more): the share of the widgets hidden on the second page that the
// stylesheet the first page taught already hid.

import { siteKey } from '../../shared/settings.ts';
import { decodePage, readPageBytes } from '../common/load-page.ts';
import { servedUrl } from './args.ts';
import { eachPage, type CarryPair } from './pages.ts';
import type { Session } from './session.ts';

export interface CarryResult {
  site: string;
  error: string | null;
  firstNews: boolean | null;
  secondNews: boolean | null;
  learned: number;
  /** Widgets hidden on the second page, and those of them the site's stylesheet already matched. */
  hidden: number;
  carried: number;
}

/** In the page: what clean-up hid, and how much of it the site's stylesheet (as it stands) matches. */
function countCarried(): { hidden: number; carried: number } {
  // The site's stylesheet as it stands (a selector that hit the article is out already).
  const sheet = (document.querySelector('style[data-clearline-site]') as HTMLStyleElement | null)?.sheet;
  const sels: string[] = [];
  for (const rule of Array.from(sheet?.cssRules ?? [])) if (rule instanceof CSSStyleRule) sels.push(rule.selectorText);
  const hidden = [...document.querySelectorAll('[data-clearline-hidden]')];
  const carried = hidden.filter((el) => sels.some((s) => el.matches(s) || el.closest(s) !== null));
  return { hidden: hidden.length, carried: carried.length };
}

const emptyResult = (pair: CarryPair): CarryResult => ({
  site: pair.site,
  error: null,
  firstNews: null,
  secondNews: null,
  learned: 0,
  hidden: 0,
  carried: 0,
});

async function measureCarry(s: Session, pair: CarryPair, r: CarryResult): Promise<void> {
  await s.forgetLearned();
  const [u1, u2] = [servedUrl(pair.urls[0], pair.first), servedUrl(pair.urls[1], pair.second)];
  const first = await s.visit(u1, decodePage(readPageBytes(pair.first)).text);
  r.firstNews = first.state?.detection.isNews ?? null;
  r.learned = await s.learnedCount(siteKey(u2) ?? '', first.state?.cleaned);
  const second = await s.visit(u2, decodePage(readPageBytes(pair.second)).text);
  r.secondNews = second.state?.detection.isNews ?? null;
  const counted = await s.page.evaluate(countCarried);
  r.hidden = counted.hidden;
  r.carried = counted.carried;
}

export function runCarry(s: Session, pairs: CarryPair[]): Promise<CarryResult[]> {
  return eachPage(
    'bench carry',
    pairs,
    (pair) => pair.site,
    emptyResult,
    (pair, r) => measureCarry(s, pair, r),
  );
}
