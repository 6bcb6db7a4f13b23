// Small DOM helpers shared by core/ modules. Pure: they take nodes, return data.

const NON_TEXT = 'script, style, noscript, template';

/**
 * Text of an element with whitespace folded, without the code of inline
 * scripts and styles (textContent: no layout work). Paragraphs that hold
 * text directly often carry an inline ad script.
 */
export function visibleText(el: Element): string {
  let raw: string;
  if (!el.querySelector(NON_TEXT)) {
    raw = el.textContent ?? '';
  } else {
    // Iterative (no recursion): a hostile page may nest thousands of levels deep.
    const parts: string[] = [];
    let node: Node | null = el.firstChild;
    while (node && node !== el) {
      if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
      if (node.nodeType === 1 && node.firstChild && !(node as Element).matches(NON_TEXT)) {
        node = node.firstChild;
        continue;
      }
      while (node && node !== el && !node.nextSibling) node = node.parentNode;
      node = node && node !== el ? node.nextSibling : null;
    }
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
