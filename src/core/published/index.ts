// The publication date: evidence.ts collects typed candidates from the page (DOM side,
// no parsing), resolve.ts reads them and runs the rules (text side). See ARCHITECTURE.md.

export { collectDateEvidence } from './evidence.ts';
export { resolvePublished } from './resolve.ts';
export { RANKS, sourceName } from './sources.ts';
export { PICK_RULES, SKIP_RULES } from './rules/index.ts';
