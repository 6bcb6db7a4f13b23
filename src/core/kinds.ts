// The clutter kinds, in one place: which there are and in what order
// (settings, the popup's summary and the options page list them in it), which
// are hidden by default and which are opt-in, and the UI strings that name
// and count them (keys of public/_locales/*/messages.json). Types, settings,
// messages, the popup, the options page, the report and the CLI all read it:
// adding a kind means a line in each list here and its strings.

import { cssPath } from './dom.ts';

/** Every kind, in order. */
export const CLUTTER_KINDS = ['share', 'comments', 'related', 'newsletter'] as const;

export type ClutterKind = (typeof CLUTTER_KINDS)[number];

/** Hidden until the user says otherwise (also what the CLI's cleaned output removes). */
export const DEFAULT_KINDS: readonly ClutterKind[] = ['share', 'comments'];

/** Off by default: the popup offers them as switches. */
export const OPT_IN_KINDS: readonly ClutterKind[] = /* @__PURE__ */ CLUTTER_KINDS.filter(
  (k) => !DEFAULT_KINDS.includes(k),
);

/**
 * The message keys that name a kind (its switch's label: "Share buttons and
 * follow-us bars") and count it ("2 share bars": a plural key, with variants
 * `_one`, `_other`, …). Apart from the lists above so that the scripts loaded
 * on every page, which need only those, carry no UI strings.
 */
export const KIND_MESSAGES: Readonly<Record<ClutterKind, { label: string; count: string }>> = {
  share: { label: 'kindShareLabel', count: 'kindShare' },
  comments: { label: 'kindCommentsLabel', count: 'kindComments' },
  related: { label: 'kindRelatedLabel', count: 'kindRelated' },
  newsletter: { label: 'kindNewsletterLabel', count: 'kindNewsletter' },
};

export function isClutterKind(k: unknown): k is ClutterKind {
  return typeof k === 'string' && (CLUTTER_KINDS as readonly string[]).includes(k);
}

/** How many of the given widgets are of each kind (kinds with none are absent). */
export function countByKind(items: Iterable<{ kind: ClutterKind }>): Partial<Record<ClutterKind, number>> {
  const out: Partial<Record<ClutterKind, number>> = {};
  for (const { kind } of items) out[kind] = (out[kind] ?? 0) + 1;
  return out;
}

/** A found widget as reports and the popup list it (`Report.clutter`, `ContentState.found`). */
export interface ReportClutter {
  kind: ClutterKind;
  selector: string;
  rule: string;
  chars: number;
}

/** Describes found widgets (core/clutter's ClutterHit) for a report: where each is, and its text's length. */
export function describeClutter(
  hits: readonly { element: Element; kind: ClutterKind; rule: string }[],
): ReportClutter[] {
  return hits.map((h) => ({
    kind: h.kind,
    selector: cssPath(h.element),
    rule: h.rule,
    chars: (h.element.textContent ?? '').trim().length,
  }));
}
