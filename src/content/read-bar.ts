// The reading view's toolbar: a close button and the type panel, in a shadow
// root (the page's CSS cannot reach in), built with DOM APIs and textContent
// only. Its direction and language are the browser UI's, not the page's.
// Keyboard: Tab reaches every control, Enter / Space press them; Escape
// (read-impl.ts) closes the panel, and with the panel closed the reading view.

import { el, icon } from '../shared/dom.ts';
import type { ReaderFont, ReaderTheme, ReaderType } from '../shared/settings.ts';
import { READ_ATTR, PALETTES } from './read-style.ts';
import { LINE_HEIGHT_STEPS, SIZE_STEPS, step, stepWidth, type ResolvedType } from './read-type.ts';

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

/** The type fields the panel steps through their allowed values with a − and a + button. */
type SteppedField = 'size' | 'width' | 'lineHeight';

/** A stepper of the panel; message keys for its row's label and each button's name, with the sign it shows. */
interface StepperSpec {
  name: string;
  label: string;
  less: [key: string, sign: string];
  more: [key: string, sign: string];
  field: SteppedField;
}

const STEPPERS: readonly StepperSpec[] = [
  { name: 'size', label: 'readerSize', less: ['readerSmaller', 'A−'], more: ['readerLarger', 'A+'], field: 'size' },
  { name: 'width', label: 'readerWidth', less: ['readerNarrower', '→←'], more: ['readerWider', '←→'], field: 'width' },
  {
    name: 'spacing',
    label: 'readerSpacing',
    less: ['readerTighter', '−'],
    more: ['readerLooser', '+'],
    field: 'lineHeight',
  },
];

/** Where a stepped field stands, where − and + take it (the same value at an end), and how the toolbar shows it. */
function position(ty: ResolvedType, field: SteppedField): { now: number; next(dir: 1 | -1): number; shown: string } {
  switch (field) {
    case 'size':
      return { now: ty.sizePct, next: (dir) => step(SIZE_STEPS, ty.sizePct, dir), shown: `${ty.sizePct}%` };
    case 'width':
      return { now: ty.widthEm, next: (dir) => stepWidth(ty.widthEm, dir), shown: String(ty.widthEm) };
    case 'lineHeight':
      return {
        now: ty.lineHeightPct,
        next: (dir) => step(LINE_HEIGHT_STEPS, ty.lineHeightPct, dir),
        shown: ty.lineHeight.toFixed(2).replace(/0$/u, ''),
      };
  }
}

const THEMES: ReaderTheme[] = ['auto', 'light', 'sepia', 'dark'];
const THEME_KEYS: Record<ReaderTheme, string> = {
  auto: 'readerThemeAuto',
  light: 'readerThemeLight',
  sepia: 'readerThemeSepia',
  dark: 'readerThemeDark',
};

/** A labelled row of the panel (the label is for the eye: the control names itself). */
function row(doc: Document, label: string, control: HTMLElement): HTMLElement {
  return el(doc, 'div', { class: 'row' }, [
    el(doc, 'span', { class: 'label', text: label, attrs: { 'aria-hidden': 'true' } }),
    control,
  ]);
}

function stepper(doc: Document, t: Translate, spec: StepperSpec, ty: ResolvedType, actions: BarActions): HTMLElement {
  const at = position(ty, spec.field);
  const button = (dir: 1 | -1, [key, sign]: [string, string]): HTMLElement => {
    const value = at.next(dir);
    const label = t(key);
    // dir=ltr: "A−" must not turn into "−A" in a right-to-left toolbar.
    const b = el(doc, 'button', {
      text: sign,
      attrs: {
        type: 'button',
        id: `${spec.name}-${dir < 0 ? 'less' : 'more'}`,
        'aria-label': label,
        title: label,
        dir: 'ltr',
        disabled: value === at.now ? '' : null,
      },
    });
    b.addEventListener('click', () => actions.change({ [spec.field]: value }));
    return b;
  };
  const label = t(spec.label);
  return row(
    doc,
    label,
    el(doc, 'div', { class: 'stepper', attrs: { role: 'group', 'aria-label': label } }, [
      button(-1, spec.less),
      el(doc, 'output', { text: at.shown, attrs: { id: `${spec.name}-value`, 'aria-live': 'polite' } }),
      button(1, spec.more),
    ]),
  );
}

/** A row of buttons of which one is pressed (the face, the theme). */
function segment(
  doc: Document,
  name: string,
  label: string,
  items: Array<{ value: string; text: string; swatch?: boolean }>,
  current: string,
  pick: (v: string) => void,
): HTMLElement {
  const seg = el(doc, 'div', { class: 'seg', attrs: { role: 'group', 'aria-label': label } });
  for (const it of items) {
    const b = el(doc, 'button', {
      attrs: { type: 'button', id: `${name}-${it.value}`, 'aria-pressed': String(it.value === current) },
    });
    if (it.swatch) b.append(el(doc, 'span', { class: `swatch sw-${it.value}`, attrs: { 'aria-hidden': 'true' } }));
    b.append(el(doc, 'span', { text: it.text }));
    b.addEventListener('click', () => pick(it.value));
    seg.append(b);
  }
  return row(doc, label, seg);
}

/** An on/off switch with its label (and a hint under it). */
function toggle(
  doc: Document,
  id: string,
  label: string,
  hint: string | null,
  on: boolean,
  set: (on: boolean) => void,
): HTMLElement {
  const input = el(doc, 'input', { attrs: { type: 'checkbox', role: 'switch', id } });
  input.checked = on;
  input.addEventListener('change', () => set(input.checked));
  const text = el(doc, 'span', { text: label });
  if (hint) text.append(el(doc, 'span', { class: 'hint', text: hint }));
  return el(doc, 'label', { class: 'switch', attrs: { for: id } }, [text, input]);
}

/** The panel's rows for a state: the steppers, the face and theme, the switches, and Reset. */
function panelRows(doc: Document, t: Translate, s: BarState, actions: BarActions): HTMLElement[] {
  const ty = s.type;
  const rows = STEPPERS.map((spec) => stepper(doc, t, spec, ty, actions));
  rows.push(
    segment(
      doc,
      'font',
      t('readerFont'),
      [
        { value: 'serif', text: t('readerSerif') },
        { value: 'sans', text: t('readerSans') },
      ],
      ty.font,
      (v) => actions.change({ font: v as ReaderFont }),
    ),
    segment(
      doc,
      'theme',
      t('readerTheme'),
      THEMES.map((th) => ({ value: th, text: t(THEME_KEYS[th]), swatch: th !== 'auto' })),
      ty.theme,
      (v) => actions.change({ theme: v as ReaderTheme }),
    ),
  );
  if (s.canHighlight)
    rows.push(toggle(doc, 'quotes', t('readerQuotes'), null, s.quotes, (on) => actions.setQuotes(on)));
  if (s.host)
    rows.push(
      toggle(doc, 'site-only', t('readerSiteOnly', s.host), t('readerSiteOnlyHint'), s.siteOnly, (on) =>
        actions.setSiteOnly(on),
      ),
    );
  const reset = el(doc, 'button', { class: 'link', text: t('readerReset'), attrs: { type: 'button', id: 'reset' } });
  reset.addEventListener('click', () => actions.reset());
  rows.push(el(doc, 'div', { class: 'foot' }, [reset]));
  return rows;
}

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
    this.host = el(doc, 'div', { attrs: { [READ_ATTR]: 'bar', dir: uiDir, lang: uiLang } });
    this.root = this.host.attachShadow({ mode: 'open' });
    this.typeButton = el(doc, 'button', {
      class: 'aa',
      text: 'Aa',
      attrs: {
        type: 'button',
        id: 'type',
        'aria-expanded': 'false',
        'aria-controls': 'panel',
        'aria-label': t('readerTypeButton'),
        title: t('readerTypeButton'),
      },
    });
    const close = el(doc, 'button', {
      attrs: { type: 'button', id: 'close', 'aria-label': t('readerClose'), title: t('readerCloseHint') },
    });
    close.append(icon(doc, CLOSE));
    this.panel = el(doc, 'div', {
      class: 'panel',
      attrs: { id: 'panel', role: 'group', 'aria-label': t('readerTypeButton') },
    });
    this.panel.hidden = true;
    this.root.append(
      el(doc, 'style', { text: CSS }),
      el(doc, 'div', { class: 'wrap', attrs: { role: 'region', 'aria-label': t('readerBarLabel') } }, [
        el(doc, 'div', { class: 'bar', attrs: { role: 'group', 'aria-label': t('readerBarLabel') } }, [
          this.typeButton,
          close,
        ]),
        this.panel,
      ]),
    );

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
    const focused = this.root.activeElement?.id ?? null;
    this.panel.replaceChildren(...panelRows(this.doc, this.t, this.state, this.actions));
    if (focused) this.refocus(focused);
  }

  /** Focus back on the control that had it; on a stepper's button that is now disabled, its other button. */
  private refocus(id: string): void {
    const next = this.root.getElementById(id) as HTMLElement | null;
    if (next && !next.hasAttribute('disabled')) next.focus();
    else if (next) {
      const other = id.endsWith('-less') ? id.replace(/-less$/u, '-more') : id.replace(/-more$/u, '-less');
      (this.root.getElementById(other) as HTMLElement | null)?.focus();
    }
  }
}
