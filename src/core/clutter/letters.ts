// Letter counts of small subtrees, for clutter grouping: how much text a
// container adds around its widgets. No layout reads: textContent-like walks
// with node and letter caps, so a huge page never costs O(n²).

import { NON_TEXT_TAGS as SKIP_TEXT, walkText } from '../dom.ts';

const LETTER = /\p{L}/gu;

/** Letters in a string. */
function countLetters(s: string): number {
  LETTER.lastIndex = 0;
  let n = 0;
  while (LETTER.exec(s)) n++;
  return n;
}

/**
 * Letters in `root`'s subtree outside `skip` elements (root itself is never
 * skipped). Stops early past `cap`, or when the walk exceeds `maxNodes`
 * (then returns Infinity: "too big to be a widget").
 */
export function lettersOutside(root: Element, skip: ReadonlySet<Element> | null, cap: number, maxNodes = 4000): number {
  let n = 0;
  const end = walkText(
    root,
    (t) => {
      n += countLetters(t.data);
      return n <= cap;
    },
    skip ? (el) => !skip.has(el) : null,
    maxNodes,
  );
  return end === 'capped' ? Infinity : n;
}

const PLAIN = /[\p{L}\p{N}]/gu;
const ACTIVE_TAGS = new Set(['a', 'button', 'select', 'label']);

function countIn(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/**
 * What a container adds around its widgets: `plain` counts letters and digits
 * of text outside links and buttons (a date, a byline: content), `active`
 * letters inside them (a "reader mode" button: widget-like). `skip` subtrees
 * are not counted. Stops early past the caps; Infinity when too big to walk,
 * or when the subtree holds a <time> (a dateline is never a widget's part).
 */
export function freeText(
  root: Element,
  skip: ReadonlySet<Element>,
  plainCap: number,
  activeCap: number,
  maxNodes = 4000,
): { plain: number; active: number } {
  let plain = 0;
  let active = 0;
  let visited = 0;
  let inActive: Node | null = null;
  let node: Node | null = root.firstChild;
  const over = { plain: Infinity, active: Infinity };
  while (node && node !== root) {
    if (++visited > maxNodes) return over;
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (inActive) active += countIn(LETTER, data);
      else if (/\p{L}/u.test(data)) plain += countIn(PLAIN, data);
      else plain += Math.min(countIn(PLAIN, data), 2);
      if (plain > plainCap || active > activeCap) return { plain, active };
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (tag === 'time') return over;
      descend = !SKIP_TEXT.has(tag) && !skip.has(el);
      if (descend && !inActive && ACTIVE_TAGS.has(tag)) inActive = el;
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node === inActive) inActive = null;
    }
    if (!node || node === root) break;
    if (node === inActive) inActive = null;
    node = node.nextSibling;
  }
  return { plain, active };
}

/**
 * The text of a small subtree, or null when it has more than `maxNodes` nodes
 * or `maxChars` chars. walkText's walk, written out without its callbacks:
 * every label candidate with children comes through here.
 */
export function shortText(root: Element, maxNodes: number, maxChars: number): string | null {
  let out = '';
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    if (++visited > maxNodes) return null;
    let descend = false;
    const type = node.nodeType;
    if (type === 3) {
      out += (node as Text).data;
      if (out.length > maxChars) return null;
    } else if (type === 1) descend = !SKIP_TEXT.has((node as Element).localName);
    const first: Node | null = descend ? node.firstChild : null;
    if (first) {
      node = first;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return out;
}

/** Letters inside links, and all letters, of a subtree (capped walk). */
export function linkShare(root: Element, maxNodes = 4000): { links: number; all: number } {
  let links = 0;
  let all = 0;
  walkText(
    root,
    (t) => {
      const k = countLetters(t.data);
      all += k;
      if (k && (t.parentElement?.closest('a') ?? null)) links += k;
    },
    null,
    maxNodes,
  );
  return { links, all };
}

/** True when nothing with letters stands before `child` inside `parent`. */
export function leadsParent(parent: Element, child: Element): boolean {
  for (let n = parent.firstChild; n && n !== child; n = n.nextSibling) {
    if (n.nodeType === 3 && countLetters((n as Text).data) > 0) return false;
    if (n.nodeType === 1 && lettersOutside(n as Element, null, 0, 200) > 0) return false;
    if (n.nodeType === 1 && (n as Element).contains(child)) return true;
  }
  return true;
}
