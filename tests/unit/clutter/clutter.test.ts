import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClutter } from '../../../src/core/clutter/index.ts';
import { frameVendor, profileNetwork, shareEndpoint, vendorOf } from '../../../src/core/clutter/signatures.ts';
import { shortText } from '../../../src/core/clutter/letters.ts';
import { buildLabelTable, foldText, matchLabel } from '../../../src/core/clutter/words.ts';
import type { ArticleInfo, ClutterHit } from '../../../src/core/types.ts';

function fixture(name: string): Document {
  const html = readFileSync(resolve(__dirname, '../../fixtures', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function html(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

/** The article as core/article would give it: body paragraphs by selector, the h1. */
function articleOf(doc: Document, paragraphs: string): ArticleInfo {
  const ps = [...doc.querySelectorAll(paragraphs)];
  return { root: ps[0]?.parentElement ?? null, paragraphs: ps, headline: doc.querySelector('h1'), standfirst: null };
}

function hitFor(hits: ClutterHit[], selector: string): ClutterHit | undefined {
  return hits.find((h) => h.element.matches(selector));
}

/** No hit contains, or sits inside, a body paragraph. */
function expectBodyUntouched(hits: ClutterHit[], article: ArticleInfo): void {
  for (const h of hits) {
    for (const p of article.paragraphs) {
      expect(h.element.contains(p) || p.contains(h.element)).toBe(false);
    }
  }
}

describe('findClutter on the Arabic seed fixture', () => {
  const doc = fixture('seed-ar.html');
  const article = articleOf(doc, '.article__body p');
  const hits = findClutter(doc, article);

  it('groups the share bar, follow-us block and comment section to their containers', () => {
    expect(hitFor(hits, '#share-top')?.kind).toBe('share');
    expect(hitFor(hits, '#follow-us')?.kind).toBe('share');
    expect(hitFor(hits, '#comments')?.kind).toBe('comments');
  });

  it('finds the related box as kind related', () => {
    expect(hitFor(hits, '#related')?.kind).toBe('related');
  });

  it('never touches a body paragraph, the headline or the standfirst', () => {
    expect(article.paragraphs.length).toBe(6);
    expectBodyUntouched(hits, article);
    for (const h of hits) {
      expect(h.element.contains(doc.querySelector('h1'))).toBe(false);
      expect(h.element.contains(doc.querySelector('.article__announce-text'))).toBe(false);
    }
  });

  it('names the rule that found each widget', () => {
    expect(hitFor(hits, '#share-top')?.rule).toMatch(/^(share-link|words|share):/);
    expect(hitFor(hits, '#comments')?.rule).toMatch(/^(comments|words):/);
    expect(hitFor(hits, '#follow-us')?.rule).toBe('words:follow-us');
  });
});

describe('findClutter on fixtures in other languages', () => {
  it('English: vendor bar, share links, follow-us, Disqus, comment form, related, newsletter', () => {
    const doc = fixture('clutter-en.html');
    const article = articleOf(doc, '.story-body p');
    const hits = findClutter(doc, article);
    expect(hitFor(hits, '#share-vendor')?.rule).toBe('vendor:addthis');
    expect(hitFor(hits, '#share-bottom')?.kind).toBe('share');
    expect(hitFor(hits, '#header-social')?.kind).toBe('share');
    expect(hitFor(hits, '#footer-follow')?.kind).toBe('share');
    expect(hitFor(hits, '#comments')?.kind).toBe('comments');
    expect(hitFor(hits, '#reply-form')?.kind).toBe('comments');
    expect(hitFor(hits, '#related')?.kind).toBe('related');
    expect(hitFor(hits, '#newsletter')?.kind).toBe('newsletter');
    // The author's own profile link in the byline is not a follow-us block.
    expect(hits.some((h) => h.element.contains(doc.querySelector('.byline')))).toBe(false);
    expect(hits.some((h) => h.element.matches('footer, header, main, article'))).toBe(false);
    expectBodyUntouched(hits, article);
  });

  it('Russian: share bar, related, comments', () => {
    const doc = fixture('clutter-ru.html');
    const article = articleOf(doc, '.text p');
    const hits = findClutter(doc, article);
    expect(hitFor(hits, '#share-ru')?.kind).toBe('share');
    expect(hitFor(hits, '#also-ru')?.kind).toBe('related');
    expect(hitFor(hits, '#comments-ru')?.kind).toBe('comments');
    expectBodyUntouched(hits, article);
  });

  it('Chinese: share bar with label and counter, related, Facebook comments', () => {
    const doc = fixture('clutter-zh.html');
    const article = articleOf(doc, '.article p');
    const hits = findClutter(doc, article);
    expect(hitFor(hits, '#share-zh')?.kind).toBe('share');
    expect(hitFor(hits, '#related-zh')?.kind).toBe('related');
    expect(hitFor(hits, '#comments-zh')?.kind).toBe('comments');
    expectBodyUntouched(hits, article);
  });

  it('Spanish: AddToAny, follow-us with icon links, Vuukle', () => {
    const doc = fixture('clutter-es.html');
    const article = articleOf(doc, '.cuerpo p');
    const hits = findClutter(doc, article);
    expect(hitFor(hits, '#share-es')?.rule).toBe('vendor:addtoany');
    expect(hitFor(hits, '#follow-es')?.kind).toBe('share');
    expect(hitFor(hits, '#comments-es')?.rule).toBe('comments:vuukle');
    expectBodyUntouched(hits, article);
  });

  it('German, French and Japanese labels group their widgets', () => {
    const doc = html(`
      <div id="de"><button>Teilen</button><button>Drucken</button><a href="mailto:?subject=Hallo">E-Mail</a></div>
      <p class="body">Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen, das im Herbst in Kraft treten soll.</p>
      <section id="fr"><h3>Commentaires</h3><form><textarea></textarea></form></section>
      <p class="body">Le gouvernement a présenté mercredi un projet de loi qui doit entrer en vigueur à l'automne prochain.</p>
      <div id="ja"><span>この記事をシェア</span><a href="https://b.hatena.ne.jp/entry/s/example.jp/a">B!</a><a href="https://social-plugins.line.me/lineit/share?url=x">LINE</a></div>`);
    const article = articleOf(doc, 'p.body');
    const hits = findClutter(doc, article);
    expect(hitFor(hits, '#de')?.kind).toBe('share');
    expect(hitFor(hits, '#fr')?.kind).toBe('comments');
    expect(hitFor(hits, '#ja')?.kind).toBe('share');
    expectBodyUntouched(hits, article);
  });
});

describe('rule families', () => {
  it('share-link: every sharing endpoint of the issue, and no profile link', () => {
    const cases: Array<[string, string]> = [
      ['https://www.facebook.com/sharer/sharer.php?u=x', 'facebook'],
      ['https://www.facebook.com/dialog/share?app_id=1&href=x', 'facebook'],
      ['https://twitter.com/intent/tweet?url=x', 'twitter'],
      ['https://x.com/intent/post?url=x', 'twitter'],
      ['https://t.me/share/url?url=x', 'telegram'],
      ['https://telegram.me/share/url?url=x', 'telegram'],
      ['https://wa.me/?text=x', 'whatsapp'],
      ['https://api.whatsapp.com/send?text=x', 'whatsapp'],
      ['whatsapp://send?text=x', 'whatsapp'],
      ['https://vk.com/share.php?url=x', 'vk'],
      ['https://connect.ok.ru/offer?url=x', 'ok'],
      ['https://www.linkedin.com/shareArticle?mini=true&url=x', 'linkedin'],
      ['https://www.linkedin.com/sharing/share-offsite/?url=x', 'linkedin'],
      ['https://www.reddit.com/submit?url=x', 'reddit'],
      ['https://pinterest.com/pin/create/button/?url=x', 'pinterest'],
      ['http://service.weibo.com/share/share.php?url=x', 'weibo'],
      ['https://social-plugins.line.me/lineit/share?url=x', 'line'],
      ['viber://forward?text=x', 'viber'],
      ['mailto:?subject=Hello&body=x', 'mailto'],
    ];
    for (const [href, net] of cases) expect(shareEndpoint(href), href).toBe(net);
    expect(shareEndpoint('https://www.facebook.com/somepaper')).toBeNull();
    expect(shareEndpoint('mailto:desk@example.org')).toBeNull();
    expect(shareEndpoint('https://example.org/share-prices')).toBeNull();
  });

  it('follow:profiles: networks are recognised, ordinary links are not', () => {
    expect(profileNetwork('https://www.instagram.com/paper')).toBe('instagram');
    expect(profileNetwork('https://fb.com/paper')).toBe('facebook');
    expect(profileNetwork('https://x.com/paper')).toBe('twitter');
    expect(profileNetwork('https://example.org/politics')).toBeNull();
    expect(profileNetwork('https://xbox.com/')).toBeNull();
  });

  it('vendor / comments: widget libraries and comment platforms by class or id', () => {
    const cases: Array<[string, string]> = [
      ['addthis_toolbox', 'vendor:addthis'],
      ['sharethis-inline-share-buttons', 'vendor:sharethis'],
      ['a2a_kit', 'vendor:addtoany'],
      ['shariff', 'vendor:shariff'],
      ['heateor_sss_sharing_container', 'vendor:heateor'],
      ['essb_links', 'vendor:easy-social-share'],
      ['sharedaddy sd-sharing-enabled', 'vendor:jetpack'],
      ['disqus_thread', 'comments:disqus'],
      ['fb-comments', 'comments:facebook'],
      ['spot-im-frame', 'comments:openweb'],
      ['viafoura', 'comments:viafoura'],
      ['coral_thread', 'comments:coral'],
      ['vuukle-comments', 'comments:vuukle'],
      ['hyvor-talk-view', 'comments:hyvor'],
      ['commento', 'comments:commento'],
      ['insticator-unit', 'comments:insticator'],
      ['livefyre', 'comments:livefyre'],
      ['gig-comments-container', 'comments:gigya'],
      ['giscus', 'comments:giscus'],
    ];
    for (const [names, rule] of cases) expect(vendorOf(names)?.[0], names).toBe(rule);
    expect(vendorOf('article-body main-column')).toBeNull();
    expect(frameVendor('https://disqus.com/embed/comments/?base=default')?.[0]).toBe('comments:disqus');
    expect(frameVendor('https://www.facebook.com/plugins/comments.php?href=x')?.[0]).toBe('comments:facebook');
    expect(frameVendor('https://www.youtube.com/embed/abc')).toBeNull();
  });

  it('words: labels in every language, whole text only', () => {
    const cases: Array<[string, string]> = [
      ['شارك', 'words:share'],
      ['انسخ الرابط', 'words:copy-link'],
      ['تابعنا عبر', 'words:follow-us'],
      ['التعليقات (3)', 'words:comments'],
      ['أضف تعليقاً', 'words:comments'],
      ['التعليق بواسطة Facebook', 'words:comments'],
      ['انظر أيضا:', 'words:related'],
      ['Share', 'words:share'],
      ['12 Comments', 'words:comments'],
      ['Read more', 'words:related'],
      ['Поделиться', 'words:share'],
      ['Комментарии', 'words:comments'],
      ['Читайте также', 'words:related'],
      ['Partager', 'words:share'],
      ['Commentaires', 'words:comments'],
      ['Compartir', 'words:share'],
      ['Comentarios', 'words:comments'],
      ['Teilen', 'words:share'],
      ['Kommentare', 'words:comments'],
      ['分享', 'words:share'],
      ['评论', 'words:comments'],
      ['留言', 'words:comments'],
      ['シェア', 'words:share'],
      ['コメント', 'words:comments'],
      ['댓글 3', 'words:comments'],
      ['نظرات', 'words:comments'],
    ];
    for (const [text, rule] of cases) expect(matchLabel(text)?.[1], text).toBe(rule);
    expect(matchLabel('Share prices fell sharply on Tuesday')).toBeNull();
    expect(matchLabel("The minister's comments angered the opposition")).toBeNull();
    expect(matchLabel('Politics')).toBeNull();
  });

  it('folds label text the same way on its fast path (no Arabic, no curly apostrophe) and its full path', () => {
    expect(foldText('  Share\n  THIS\tStory ')).toBe('share this story');
    expect(foldText('Partager l’article')).toBe("partager l'article");
    expect(foldText('شارِكْ  المقالـة')).toBe('شارك المقاله');
    expect(foldText('أضف تعليقاً')).toBe('اضف تعليقا');
    expect(foldText('نظر\u200Cها')).toBe('نظرها');
    expect(matchLabel('SHARE')).toEqual(matchLabel('share'));
  });

  it('builds the label table the extension build embeds: folded, deduplicated, and JSON-safe', () => {
    const table = buildLabelTable();
    // vite.config.ts passes it through JSON.stringify into the bundle.
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
    const share = table.exact.share?.split('\n') ?? [];
    expect(share).toContain('share');
    expect(share).toContain('شارك');
    // Keys are folded and squeezed as matchLabel looks them up, and each is listed once.
    const all = Object.values(table.exact).flatMap((keys) => keys.split('\n'));
    expect(new Set(all).size).toBe(all.length);
    for (const key of all) expect(key).toBe(foldText(key).replace(/ /gu, ''));
    expect(table.categories.length).toBeGreaterThan(0);
    expect(() => new RegExp(table.prefix ?? '', 'u')).not.toThrow();
  });

  it('reads the text of a small subtree, skipping scripts, and gives up past its node or character caps', () => {
    const doc = html(`<a id="a"><i></i> Copy <b>link<script>x()</script></b><!-- c --></a>
      <div id="b">${'<span>x</span>'.repeat(7)}</div><div id="c">${'y'.repeat(130)}</div>`);
    const el = (id: string): Element => doc.getElementById(id) as Element;
    expect(shortText(el('a'), 12, 120)).toBe(' Copy link');
    // 7 spans and their 7 texts: 14 nodes.
    expect(shortText(el('b'), 14, 120)).toBe('xxxxxxx');
    expect(shortText(el('b'), 13, 120)).toBeNull();
    expect(shortText(el('c'), 12, 120)).toBeNull();
    expect(shortText(el('c'), 12, 130)).toBe('y'.repeat(130));
  });

  it('answers a repeated label from its memo exactly as the first time', () => {
    const first = matchLabel('Copy link');
    expect(first?.[1]).toBe('words:copy-link');
    expect(matchLabel('Copy link')).toEqual(first);
    expect(matchLabel('Politics')).toBeNull();
    expect(matchLabel('Politics')).toBeNull();
  });

  it('reads a label from a leaf or from a few inline children, and not from a long text', () => {
    const doc = html(`
      <p class="body">A long enough body paragraph that carries the story of the day for everyone to read.</p>
      <div class="a"><span>Share</span></div>
      <div class="b"><button type="button"><i></i> Copy <b>link</b></button></div>
      <div class="c"><span>Share prices fell sharply on Tuesday as the markets reopened after the long weekend, and
      traders said the worst was still ahead of them all, by a long way, whatever the central bank did next.</span></div>`);
    const hits = findClutter(doc, articleOf(doc, 'p.body'));
    expect(hits.some((h) => h.element.matches('.a, .a *'))).toBe(true);
    expect(hits.find((h) => h.element.matches('.b, .b *'))?.rule).toBe('words:copy-link');
    expect(hits.some((h) => h.element.matches('.c, .c *'))).toBe(false);
  });

  it('comments: generic ids and a form with a textarea', () => {
    const doc = html(`
      <p class="body">A long enough body paragraph that carries the story of the day for everyone to read.</p>
      <div id="comments"><ol><li>First!</li></ol></div>
      <div class="x"><form><textarea></textarea></form></div>`);
    const hits = findClutter(doc, articleOf(doc, 'p.body'));
    expect(hitFor(hits, '#comments')?.rule).toBe('comments:generic-id');
    expect(hits.find((h) => h.element.matches('.x, form'))?.rule).toBe('comments:form');
  });

  it('grouping stops below any ancestor of body text', () => {
    const doc = html(`
      <div id="wrap" class="social-wrapper share">
        <p class="body">Body text that must stay visible whatever the classes around it say about sharing.</p>
        <div id="bar"><a href="https://www.facebook.com/sharer/sharer.php?u=x">f</a><a href="https://twitter.com/intent/tweet">t</a></div>
      </div>`);
    const article = articleOf(doc, 'p.body');
    const hits = findClutter(doc, article);
    expect(hitFor(hits, '#bar')?.kind).toBe('share');
    expect(hitFor(hits, '#wrap')).toBeUndefined();
    expectBodyUntouched(hits, article);
  });

  it('a share link inside a body paragraph is left alone', () => {
    const doc = html(
      `<p class="body">Readers can <a href="https://www.facebook.com/sharer/sharer.php?u=x">share this story</a> with friends, the editor wrote in a long note.</p>`,
    );
    expect(findClutter(doc, articleOf(doc, 'p.body'))).toEqual([]);
  });

  it('a lone profile link is not clutter; two networks together are', () => {
    const doc = html(`
      <p class="byline">By <a href="https://twitter.com/reporter">Reporter</a></p>
      <div id="follow"><a href="https://twitter.com/paper"></a><a href="https://www.youtube.com/paper"></a></div>`);
    const hits = findClutter(doc, articleOf(doc, 'p.none'));
    expect(hits.map((h) => h.element.id)).toEqual(['follow']);
  });

  it('a "social" or "like" name alone does not make a text block a share widget', () => {
    const doc = html(`
      <p class="body">A long enough body paragraph that carries the story of the day for everyone to read.</p>
      <div id="might" class="you-might-also-like"><a href="/1">Storm hits the coast as thousands are told to leave their homes</a></div>
      <div id="block" class="socialBlock">Latest: the council meets again on Monday to discuss the budget and the new bridge plans.</div>
      <div id="icons" class="social-icons"><a href="https://www.facebook.com/paper">Facebook</a><a href="https://twitter.com/paper">Twitter</a></div>`);
    const hits = findClutter(doc, articleOf(doc, 'p.body'));
    expect(hitFor(hits, '#might')?.kind).toBe('related');
    expect(hitFor(hits, '#block')).toBeUndefined();
    expect(hitFor(hits, '#icons')?.kind).toBe('share');
  });

  it('a date next to a share bar stays out of the widget', () => {
    const doc = html(`
      <p class="body">A long enough body paragraph that carries the story of the day for everyone to read.</p>
      <div id="meta"><span>29 июня 2021</span><div id="bar"><a href="https://vk.com/share.php?url=x">VK</a></div></div>`);
    const hits = findClutter(doc, articleOf(doc, 'p.body'));
    expect(hitFor(hits, '#bar')?.kind).toBe('share');
    expect(hitFor(hits, '#meta')).toBeUndefined();
  });

  it('searches only the given subtrees with `within`', () => {
    const doc = html(`
      <div id="a"><a href="https://twitter.com/intent/tweet">t</a></div>
      <div id="b"><div id="disqus_thread"></div></div>`);
    const hits = findClutter(doc, articleOf(doc, 'p'), [doc.getElementById('b') as Element]);
    expect(hits.map((h) => h.rule)).toEqual(['comments:disqus']);
  });
});

describe('label seeds and icon drawings', () => {
  it('finds a label wrapped in blocks, and a bar of icon buttons whose <svg> shapes carry share classes', () => {
    const body = '<p>' + 'The council met on Tuesday and voted on the budget, after a long debate. '.repeat(3) + '</p>';
    const doc = html(`
      <article>${body}${body}</article>
      <div id="talk"><div><div><span>Comments</span></div></div><ol><li>First!</li></ol><form><textarea></textarea></form></div>
      <div id="icons">
        <button aria-label="Share"><svg class="icon"><g class="share-glyph"><path d="M0 0"/></g></svg></button>
        <button aria-label="Copy link"><svg class="icon"><use href="#copy"/></svg></button>
      </div>`);
    const article = articleOf(doc, 'article p');
    const hits = findClutter(doc, article);
    expect(hitFor(hits, '#talk')?.kind).toBe('comments');
    expect(hitFor(hits, '#icons')?.kind).toBe('share');
    // nothing inside an <svg> is a hit of its own
    expect(hits.filter((h) => h.element.closest('svg'))).toEqual([]);
    expectBodyUntouched(hits, article);
  });
});
