// What core/reader returns: the live nodes the reading view keeps, the ones it
// hides, and the text it leaves visible.

/** What a block of the article is, by the element that holds it. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'cell' | 'quote' | 'pre' | 'caption' | 'embed' | 'text';

/**
 * One block of text as a browser lays it out: the inline content of one
 * element between its block children (a <p>, an <li>, the lines of a <div>
 * that holds text with <br>s).
 */
export interface Block {
  /** The element whose inline content this is. */
  el: Element;
  kind: BlockKind;
  /** Folded text of the block (scripts and hidden parts left out). */
  text: string;
  /** Characters of that text inside links. */
  linkChars: number;
  /** True when the block is all of `el`'s content (no block children beside it). */
  whole: boolean;
  /** Index of the block in document order. */
  index: number;
  /** The children of `el` that make up the block (its text nodes and inline elements). */
  nodes: Node[];
}

/** Why a block or an element was left out: the name of the rule. */
export interface Dropped {
  el: Element;
  rule: string;
}

/** The article as the reading view keeps it, as live nodes of the page. */
export interface ReadableArticle {
  /** The container of the article body. */
  root: Element;
  /** The article's header, kept visible above the body: headline, standfirst (the text's first block), byline and date lines. */
  headline: Element | null;
  standfirst: Element | null;
  byline: Element[];
  /** The body's blocks that the view keeps, in reading order. */
  blocks: Block[];
  /** The story's own media (images, video, embedded frames) inside the body. */
  media: Element[];
  /** Kept in view beside the body text, not part of it: captions, credits, pull quotes, the byline. */
  aside: Element[];
  /** The outermost elements the view keeps whole (header and body). */
  keep: Element[];
  /** Elements inside `keep` that the view hides (widgets, ads, clutter inside the body). */
  hideInside: Element[];
  /** What was left out of the body region, and by which rule (for tests and tuning). */
  dropped: Dropped[];
  /**
   * The article's text as the view leaves it visible, in reading order, one
   * block per line: the standfirst, then the body's paragraphs, subheadings,
   * list items, table rows, block quotes and embedded posts. What the view
   * shows around it (headline, byline and date lines, captions, credits,
   * pull quotes) is not part of it: `visibleText` has everything.
   */
  text: string;
  /** Everything the view leaves visible, header and captions included, in reading order. */
  visibleText: string;
}
