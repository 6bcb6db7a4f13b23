// Page metadata readers shared by detect and published: JSON-LD and <meta>.
// Pure and cheap: no layout, one pass over a handful of elements.

export type JsonLdNode = Record<string, unknown>;

/** Every JSON-LD object on the page, with @graph members and arrays flattened. Malformed blocks are skipped. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const item of v) visit(item, depth + 1);
      return;
    }
    const node = v as JsonLdNode;
    out.push(node);
    if (Array.isArray(node['@graph'])) visit(node['@graph'], depth + 1);
    // NewsArticle nested in a WebPage's mainEntity is common.
    if (node.mainEntity && typeof node.mainEntity === 'object') visit(node.mainEntity, depth + 1);
  };
  // All scripts, filtered here: a case-insensitive attribute selector is much slower in some DOMs.
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i] as Element;
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = script.textContent ?? '';
    if (!raw.trim()) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Some sites emit invalid JSON (trailing commas, raw newlines in strings): try once more leniently.
      try {
        // eslint-disable-next-line no-control-regex -- raw control characters are what breaks such JSON
        visit(JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')), 0);
      } catch {
        /* unreadable: skip */
      }
    }
  }
  return out;
}

/** The @type of a JSON-LD node as a list of strings. */
export function ldTypes(node: JsonLdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** A <meta>'s key: its property, name, itemprop or http-equiv, trimmed and lower-cased. */
export function metaKey(m: Element): string {
  return (
    m.getAttribute('property') ??
    m.getAttribute('name') ??
    m.getAttribute('itemprop') ??
    m.getAttribute('http-equiv') ??
    ''
  )
    .trim()
    .toLowerCase();
}

/** Map of lower-cased meta name / property / itemprop / http-equiv to their content values, in document order. */
export function readMeta(doc: Document): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const m of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = metaKey(m);
    const content = (m.getAttribute('content') ?? '').trim();
    if (!key || !content) continue;
    const list = map.get(key);
    if (list) list.push(content);
    else map.set(key, [content]);
  }
  return map;
}
