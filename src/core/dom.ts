// Small DOM helpers shared by core/ modules. Pure: they take nodes, return data.

/** Elements whose text is code, not page text. */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

/** The heading tags, <h1> to <h6>. */
export const HEADING_TAGS: readonly string[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * Walks the text nodes under `root` in document order, iteratively (a hostile
 * page may nest thousands of levels deep), never entering script/style/
 * noscript/template or an element `enter` refuses. `onText` returning false
 * stops the walk. Returns 'capped' when the walk passed `maxNodes` nodes
 * (elements and texts together) and stopped there, 'stopped' when `onText`
 * stopped it, 'done' otherwise.
 */
export function walkText(
  root: Element,
  onText: (text: Text) => boolean | void,
  enter: ((el: Element) => boolean) | null = null,
  maxNodes = Infinity,
): 'done' | 'stopped' | 'capped' {
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    if (++visited > maxNodes) return 'capped';
    let descend = false;
    if (node.nodeType === 3) {
      if (onText(node as Text) === false) return 'stopped';
    } else if (node.nodeType === 1) {
      const el = node as Element;
      descend = !NON_TEXT_TAGS.has(el.localName) && (enter?.(el) ?? true);
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return 'done';
}

/**
 * Text of an element with whitespace folded, scripts included (textContent: no
 * layout work, the cheapest), but never the content of a <noscript>: a browser
 * with scripting on (the extension's) parses it as raw text, the fallback's
 * markup (`<img src=…>`), which would count as page text.
 */
export function foldedText(el: Element): string {
  return textWithoutNoscript(el).replace(/\s+/gu, ' ').trim();
}

/** textContent without what <noscript> elements hold (one native call when there is none). */
export function textWithoutNoscript(el: Element): string {
  if (el.localName === 'noscript') return '';
  if (!el.querySelector('noscript')) return el.textContent ?? '';
  const parts: string[] = [];
  let node: Node | null = el.firstChild;
  while (node && node !== el) {
    if (node.nodeType === 3) parts.push((node as Text).data);
    const descend = node.nodeType === 1 && (node as Element).localName !== 'noscript' && node.firstChild;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    if (!node || node === el) break;
    node = node.nextSibling;
  }
  return parts.join('');
}

/** Media inside an element: an <img>, <picture> or <video>, or one that a <noscript> holds as its fallback. */
export function holdsMedia(el: Element): boolean {
  if (el.querySelector('img, picture, video')) return true;
  // In a browser with scripting on, a <noscript> is text: its fallback image is markup in that text.
  for (const ns of Array.from(el.querySelectorAll('noscript'))) {
    if (/<(?:img|picture|video)\b/iu.test(ns.textContent ?? '') || ns.querySelector('img, picture, video')) return true;
  }
  return false;
}

/**
 * Text of an element with whitespace folded, without the code of inline
 * scripts and styles (textContent: no layout work). Paragraphs that hold
 * text directly often carry an inline ad script.
 */
export function visibleText(el: Element): string {
  let raw: string;
  if (!el.querySelector('script, style, noscript, template')) {
    raw = el.textContent ?? '';
  } else {
    const parts: string[] = [];
    walkText(el, (t) => void parts.push(t.data));
    raw = parts.join('');
  }
  return raw.replace(/\s+/g, ' ').trim();
}

function cssEscape(s: string): string {
  // CSS.escape is missing in some DOMs (older jsdom); this covers identifiers.
  return s.replace(/([^\w-])/g, '\\$1').replace(/^(\d)/, '\\3$1 ');
}

/** A selector that matches this element: #id when unique, otherwise a child path. */
export function cssPath(el: Element): string {
  const doc = el.ownerDocument;
  const parts: string[] = [];
  let cur: Element | null = el;
  while (cur && cur !== doc.documentElement) {
    const id = cur.getAttribute('id');
    if (id && /^[A-Za-z][\w-]*$/.test(id) && doc.querySelectorAll(`#${cssEscape(id)}`).length === 1) {
      parts.unshift(`#${cssEscape(id)}`);
      return parts.join(' > ');
    }
    const tag = cur.localName;
    const parent: Element | null = cur.parentElement;
    if (!parent) {
      parts.unshift(tag);
      break;
    }
    let index = 1;
    for (let sib = cur.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.localName === tag) index++;
    }
    parts.unshift(`${tag}:nth-of-type(${index})`);
    cur = parent;
  }
  return parts.length ? (cur === doc.documentElement ? 'html > ' : '') + parts.join(' > ') : 'html';
}
