// Late widgets: the controller hides what the watcher reports after load.
import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTR } from '../../../src/core/cleanup.ts';
import { createCleanSide } from '../../../src/content/clean-impl.ts';
import { ContentController } from '../../../src/content/controller.ts';

const HTML = readFileSync(new NodeURL('../../fixtures/e2e-late-comments.html', import.meta.url), 'utf8');

describe('late comment widget', () => {
  it('is hidden soon after it is inserted', async () => {
    const parsed = new DOMParser().parseFromString(HTML, 'text/html');
    for (const s of parsed.querySelectorAll('script:not([type])')) s.remove(); // we insert by hand
    document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
    const counts: number[] = [];
    const c = new ContentController({
      doc: document,
      url: 'https://harbour.example/strike',
      onHiddenCount: (n) => counts.push(n),
      cleanSide: () => side,
    });
    const side = createCleanSide();
    await c.runLoadPath(true, ['share', 'comments']);
    expect(c.state().detection.isNews).toBe(true);
    const hidden = (): number => Object.values(c.state().hiddenByKind).reduce((a, n) => a + (n ?? 0), 0);
    const before = hidden();
    const box = document.createElement('div');
    box.id = 'disqus_thread';
    const frame = document.createElement('iframe');
    frame.src = '/disqus.com/embed/comments.html';
    box.append(frame);
    document.querySelector('main')?.append(box);
    expect(box.closest(`[${HIDDEN_ATTR}]`)).toBeNull();
    await new Promise((r) => setTimeout(r, 1000));
    expect(box.closest(`[${HIDDEN_ATTR}]`)).not.toBeNull();
    expect(hidden()).toBe(before + 1);
    expect(counts.at(-1)).toBe(before + 1);
    expect(c.state().timings.observerMs).toBeGreaterThanOrEqual(0);
    c.stop();
  });
});
