// The reading view's toolbar: a close button and the type panel, in a shadow
// root (the page's CSS cannot reach in), built with DOM APIs and textContent
// only. Its direction and language are the browser UI's, not the page's.
// Keyboard: Tab reaches every control, Enter / Space press them; Escape
// (read-impl.ts) closes the panel, and with the panel closed the reading view.

import { READ_ATTR, PALETTES } from './read-style.ts';
import { LINE_HEIGHT_STEPS, SIZE_STEPS, step, stepWidth, type ResolvedType } from './read-type.ts';
import type { ReaderFont, ReaderTheme, ReaderType } from '../shared/settings.ts';

export interface BarState {
  type: ResolvedType;
  quotes: boolean;
  /** The browser can mark the quotes (CSS Custom Highlight API). */
  canHighlight: boolean;
  /** The site the settings can be kept for (null: none, e.g. a file: page). */
  host: string | null;
  /** The type is the site's own ("this site only"). */
  siteOnly: boolean;
}

export interface BarActions {
  close(): void;
  change(change: ReaderType): void;
  setQuotes(on: boolean): void;
  setSiteOnly(on: boolean): void;
  reset(): void;
}

export type Translate = (key: string, subs?: string | string[]) => string;

const CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.wrap { font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif;
  color: var(--clr-fg, #1d1d1b); display: flex; flex-direction: column; align-items: flex-end; gap: 0.5rem; }
.bar { display: flex; gap: 0.25rem; padding: 0.25rem; border-radius: 999px;
  background: var(--clr-surface, #fff); border: 1px solid var(--clr-rule, #d9d8d2);
  box-shadow: 0 2px 10px rgba(0,0,0,.12); }
button { font: inherit; color: inherit; cursor: pointer; border: 1px solid transparent; background: transparent;
  border-radius: 999px; min-inline-size: 2.25rem; block-size: 2.25rem; padding: 0 0.6rem;
  display: inline-flex; align-items: center; justify-content: center; gap: 0.3rem; }
button:hover { background: color-mix(in srgb, var(--clr-fg, #000) 8%, transparent); }
button:focus-visible, input:focus-visible { outline: 2px solid var(--clr-link, #0b57a4); outline-offset: 2px; }
.aa { font-family: Georgia, 'DejaVu Serif', serif; font-size: 1.05rem; }
.panel { inline-size: 20rem; max-inline-size: calc(100vw - 1.5rem); max-block-size: calc(100vh - 5rem);
  overflow-y: auto; padding: 0.875rem; border-radius: 0.75rem;
  background: var(--clr-surface, #fff); border: 1px solid var(--clr-rule, #d9d8d2);
  box-shadow: 0 6px 24px rgba(0,0,0,.18); display: flex; flex-direction: column; gap: 0.75rem; }
.panel[hidden] { display: none; }
.row { display: flex; flex-direction: column; gap: 0.3rem; }
.label { font-size: 0.8rem; font-weight: 600; color: var(--clr-muted, #5d5d58); }
.stepper { display: flex; align-items: center; gap: 0.25rem; border: 1px solid var(--clr-rule, #d9d8d2);
  border-radius: 999px; padding: 2px; }
.stepper button { min-inline-size: 3rem; block-size: 2rem; }
.stepper button[disabled] { opacity: 0.4; cursor: default; }
.stepper output { flex: 1; text-align: center; font-variant-numeric: tabular-nums; font-size: 0.9rem; }
.seg { display: flex; border: 1px solid var(--clr-rule, #d9d8d2); border-radius: 999px; padding: 2px; gap: 2px; }
.seg button { flex: 1 1 0; min-inline-size: 0; block-size: 2rem; padding: 0 0.35rem; font-size: 0.86rem; }
.seg button[aria-pressed='true'] { background: var(--clr-accent, #0b6e69); color: var(--clr-surface, #fff); }
.swatch { inline-size: 0.9rem; block-size: 0.9rem; border-radius: 50%; border: 1px solid rgba(128,128,128,.6); }
.sw-light { background: ${PALETTES.light.bg}; }
.sw-sepia { background: ${PALETTES.sepia.bg}; }
.sw-dark { background: ${PALETTES.dark.bg}; }
.switch { display: flex; justify-content: space-between; align-items: center; gap: 0.75rem; cursor: pointer;
  font-size: 0.9rem; }
.switch input { flex: none; inline-size: 1.15rem; block-size: 1.15rem; accent-color: var(--clr-accent, #0b6e69);
  margin: 0; }
.switch .hint { display: block; font-size: 0.78rem; color: var(--clr-muted, #5d5d58); }
.foot { display: flex; justify-content: flex-end; border-block-start: 1px solid var(--clr-rule, #d9d8d2);
  padding-block-start: 0.5rem; }
.link { block-size: auto; padding: 0.2rem 0.4rem; text-decoration: underline; color: var(--clr-link, #0b57a4); }
svg { inline-size: 1.1rem; block-size: 1.1rem; fill: currentColor; }
@media (prefers-reduced-motion: no-preference) { button { transition: background-color .12s; } }
`;

const CLOSE = 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z';

function svgIcon(doc: Document, d: string): SVGSVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(NS, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

const THEMES: ReaderTheme[] = ['auto', 'light', 'sepia', 'dark'];
const THEME_KEYS: Record<ReaderTheme, string> = {
  auto: 'readerThemeAuto',
  light: 'readerThemeLight',
  sepia: 'readerThemeSepia',
  dark: 'readerThemeDark',
};

export class ReaderBar {
  /** The element the view puts into the page (its shadow root holds the toolbar). */
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly panel: HTMLElement;
  private readonly typeButton: HTMLButtonElement;
  private state: BarState;

  constructor(
    private readonly doc: Document,
    private readonly t: Translate,
    uiDir: 'ltr' | 'rtl',
    uiLang: string,
    state: BarState,
    private readonly actions: BarActions,
  ) {
    this.state = state;
    this.host = doc.createElement('div');
    this.host.setAttribute(READ_ATTR, 'bar');
    this.host.setAttribute('dir', uiDir);
    this.host.setAttribute('lang', uiLang);
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = el(doc, 'style');
    style.textContent = CSS;
    const wrap = el(doc, 'div', { class: 'wrap', role: 'region', 'aria-label': t('readerBarLabel') });
    const bar = el(doc, 'div', { class: 'bar', role: 'group', 'aria-label': t('readerBarLabel') });
    this.typeButton = el(doc, 'button', {
      type: 'button',
      id: 'type',
      class: 'aa',
      'aria-expanded': 'false',
      'aria-controls': 'panel',
      'aria-label': t('readerTypeButton'),
      title: t('readerTypeButton'),
    });
    this.typeButton.textContent = 'Aa';
    const close = el(doc, 'button', {
      type: 'button',
      id: 'close',
      'aria-label': t('readerClose'),
      title: t('readerCloseHint'),
    });
    close.append(svgIcon(doc, CLOSE));
    bar.append(this.typeButton, close);
    this.panel = el(doc, 'div', { id: 'panel', class: 'panel', role: 'group', 'aria-label': t('readerTypeButton') });
    this.panel.hidden = true;
    wrap.append(bar, this.panel);
    this.root.append(style, wrap);

    close.addEventListener('click', () => actions.close());
    this.typeButton.addEventListener('click', () => this.setOpen(this.panel.hidden));
    // A click elsewhere closes the panel.
    doc.addEventListener('pointerdown', this.onOutside, true);
    this.render();
  }

  private readonly onOutside = (e: Event): void => {
    if (!this.panel.hidden && !e.composedPath().includes(this.host)) this.setOpen(false);
  };

  get panelOpen(): boolean {
    return !this.panel.hidden;
  }

  setOpen(open: boolean): void {
    this.panel.hidden = !open;
    this.typeButton.setAttribute('aria-expanded', String(open));
  }

  focusTypeButton(): void {
    this.typeButton.focus();
  }

  update(state: BarState): void {
    this.state = state;
    this.render();
  }

  /** Takes the listeners away (the host itself is removed by the view). */
  destroy(): void {
    this.doc.removeEventListener('pointerdown', this.onOutside, true);
  }

  /** The panel's controls, rebuilt from the state (focus stays on the same control). */
  private render(): void {
    const { doc, t } = this;
    const s = this.state;
    const focused = this.root.activeElement?.id ?? null;
    const rows: HTMLElement[] = [];
    const button = (id: string, label: string, text: string, onClick: () => void, disabled = false): HTMLElement => {
      // dir=ltr: "A−" must not turn into "−A" in a right-to-left toolbar.
      const b = el(doc, 'button', { type: 'button', id, 'aria-label': label, title: label, dir: 'ltr' }, text);
      if (disabled) b.setAttribute('disabled', '');
      b.addEventListener('click', onClick);
      return b;
    };
    const stepper = (
      name: string,
      label: string,
      less: [string, string, () => void, boolean],
      value: string,
      more: [string, string, () => void, boolean],
    ): HTMLElement => {
      const out = el(doc, 'output', { id: `${name}-value`, 'aria-live': 'polite' }, value);
      const group = el(doc, 'div', { class: 'stepper', role: 'group', 'aria-label': label });
      group.append(
        button(`${name}-less`, less[0], less[1], less[2], less[3]),
        out,
        button(`${name}-more`, more[0], more[1], more[2], more[3]),
      );
      const row = el(doc, 'div', { class: 'row' });
      row.append(el(doc, 'span', { class: 'label', 'aria-hidden': 'true' }, label), group);
      return row;
    };
    const ty = s.type;
    const sizeDown = step(SIZE_STEPS, ty.sizePct, -1);
    const sizeUp = step(SIZE_STEPS, ty.sizePct, 1);
    rows.push(
      stepper(
        'size',
        t('readerSize'),
        [t('readerSmaller'), 'A−', () => this.actions.change({ size: sizeDown }), sizeDown === ty.sizePct],
        `${ty.sizePct}%`,
        [t('readerLarger'), 'A+', () => this.actions.change({ size: sizeUp }), sizeUp === ty.sizePct],
      ),
    );
    const narrower = stepWidth(ty.widthEm, -1);
    const wider = stepWidth(ty.widthEm, 1);
    rows.push(
      stepper(
        'width',
        t('readerWidth'),
        [t('readerNarrower'), '→←', () => this.actions.change({ width: narrower }), narrower === ty.widthEm],
        String(ty.widthEm),
        [t('readerWider'), '←→', () => this.actions.change({ width: wider }), wider === ty.widthEm],
      ),
    );
    const lhDown = step(LINE_HEIGHT_STEPS, ty.lineHeightPct, -1);
    const lhUp = step(LINE_HEIGHT_STEPS, ty.lineHeightPct, 1);
    rows.push(
      stepper(
        'spacing',
        t('readerSpacing'),
        [t('readerTighter'), '−', () => this.actions.change({ lineHeight: lhDown }), lhDown === ty.lineHeightPct],
        ty.lineHeight.toFixed(2).replace(/0$/u, ''),
        [t('readerLooser'), '+', () => this.actions.change({ lineHeight: lhUp }), lhUp === ty.lineHeightPct],
      ),
    );
    const segment = (
      name: string,
      label: string,
      items: Array<{ value: string; text: string; swatch?: boolean }>,
      current: string,
      pick: (v: string) => void,
    ): HTMLElement => {
      const seg = el(doc, 'div', { class: 'seg', role: 'group', 'aria-label': label });
      for (const it of items) {
        const b = el(doc, 'button', {
          type: 'button',
          id: `${name}-${it.value}`,
          'aria-pressed': String(it.value === current),
        });
        if (it.swatch) b.append(el(doc, 'span', { class: `swatch sw-${it.value}`, 'aria-hidden': 'true' }));
        b.append(el(doc, 'span', {}, it.text));
        b.addEventListener('click', () => pick(it.value));
        seg.append(b);
      }
      const row = el(doc, 'div', { class: 'row' });
      row.append(el(doc, 'span', { class: 'label', 'aria-hidden': 'true' }, label), seg);
      return row;
    };
    rows.push(
      segment(
        'font',
        t('readerFont'),
        [
          { value: 'serif', text: t('readerSerif') },
          { value: 'sans', text: t('readerSans') },
        ],
        ty.font,
        (v) => this.actions.change({ font: v as ReaderFont }),
      ),
    );
    rows.push(
      segment(
        'theme',
        t('readerTheme'),
        THEMES.map((th) => ({
          value: th,
          text: t(THEME_KEYS[th]),
          swatch: th !== 'auto',
        })),
        ty.theme,
        (v) => this.actions.change({ theme: v as ReaderTheme }),
      ),
    );
    const toggle = (id: string, label: string, hint: string | null, on: boolean, set: (on: boolean) => void) => {
      const input = el(doc, 'input', { type: 'checkbox', role: 'switch', id });
      input.checked = on;
      input.addEventListener('change', () => set(input.checked));
      const text = el(doc, 'span', {}, label);
      if (hint) text.append(el(doc, 'span', { class: 'hint' }, hint));
      const row = el(doc, 'label', { class: 'switch', for: id });
      row.append(text, input);
      return row;
    };
    if (s.canHighlight)
      rows.push(toggle('quotes', t('readerQuotes'), null, s.quotes, (on) => this.actions.setQuotes(on)));
    if (s.host)
      rows.push(
        toggle('site-only', t('readerSiteOnly', s.host), t('readerSiteOnlyHint'), s.siteOnly, (on) =>
          this.actions.setSiteOnly(on),
        ),
      );
    const foot = el(doc, 'div', { class: 'foot' });
    const reset = el(doc, 'button', { type: 'button', id: 'reset', class: 'link' }, t('readerReset'));
    reset.addEventListener('click', () => this.actions.reset());
    foot.append(reset);
    rows.push(foot);
    this.panel.replaceChildren(...rows);
    if (focused) {
      const next = this.root.getElementById(focused) as HTMLElement | null;
      if (next && !next.hasAttribute('disabled')) next.focus();
      else if (next) {
        // A stepper at its end: focus its other button.
        const other = focused.endsWith('-less')
          ? focused.replace(/-less$/u, '-more')
          : focused.replace(/-more$/u, '-less');
        (this.root.getElementById(other) as HTMLElement | null)?.focus();
      }
    }
  }
}
