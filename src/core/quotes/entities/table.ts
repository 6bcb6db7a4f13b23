// The entity table of one article: the people and bodies it names, each with
// every form of its name (Karsten Haustein, Haustein), its roles (Klimaforscher,
// "the European Union's foreign policy chief"), its gender where the text
// tells it, and every place it is mentioned outside quotation marks. Rules
// resolve what they read next to a cue (a surname, a pronoun, "the minister")
// to one of these, and the popup shows its fullest name and its role.

import { foldWord } from '../../text/fold.ts';
import type { Family, Gender } from '../cues.ts';
import type { Lexicon } from '../lexicon.ts';
import { roleGender, titleIn } from '../speaker/names.ts';

export interface Entity {
  id: number;
  /** Every form of its name seen, as printed. */
  forms: string[];
  /** The fullest form (most words; the first seen on a tie). */
  full: string;
  /** The role the article gives, as printed ("ministre de l'Intérieur"), first seen. */
  role: string | null;
  /** Folded words of every role seen, for "the minister" and "الوزارة". */
  roleWords: Set<string>;
  gender: Gender;
  /** A body (ministry, agency, company), not a person. */
  body: boolean;
  /** Short names given in brackets after the full one: (TNO), (IDF). */
  aliases: Set<string>;
  /** Known only by a description ("l’avocat de la partie"): never found by a name. */
  described: boolean;
  /**
   * Described as someone the article does not name (مسؤول أمني، "a witness", "un vecino"): a verb
   * without a subject right after goes on with them, as with anyone named.
   */
  unnamed: boolean;
}

export interface Mention {
  entity: Entity;
  /** Position of the unit in the context's units, and the offset in its text. */
  ui: number;
  pos: number;
  /** Start of the sentence that holds it. */
  sentence: number;
  /** The subject of a speech cue (reported speech), not only a name in passing. */
  speech: boolean;
  /** It opens its sentence (after at most a short lead-in): the sentence is about it. */
  subject: boolean;
  /**
   * The gender of the speech verb at it, when that is not the entity's own (وقال بيان الخارجية: the
   * statement speaks, and the next subjectless وأضاف agrees with it, not with the body).
   */
  gender?: Gender;
}

export interface Want {
  gender: Gender;
  /** 'person' for he/she, 'body' for it, 'any' for a subjectless verb. */
  kind: 'person' | 'body' | 'any';
}

/** Role words as the entity table keeps them: folded, and Arabic ones also without their article. */
const roleKeys = (words: readonly string[]): string[] =>
  words.map(foldWord).flatMap((w) => (w.startsWith('ال') ? [w, w.slice(2)] : [w]));

/** How far back (in units) a pronoun or a subjectless verb looks for its entity. */
const LOOK_BACK_UNITS = 4;

export class EntityTable {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];

  constructor(
    readonly fam: Family,
    private readonly lex: Lexicon,
  ) {}

  /** The folded words of a name: honorifics and a possessive 's dropped. */
  private words(name: string): string[] {
    const all = name
      .split(/[\s\u00a0]+/u)
      .map((w) => foldWord(w.replace(/['’]s$/u, '').replace(/^[(]|[),]$/gu, '')))
      .filter((w) => w.length > 0);
    return all.filter((_, i) => titleIn(all, i, this.lex) === undefined);
  }

  /** Does `short` name the same entity as `long` (a surname, or the name less a title)? */
  private compatible(short: string[], long: string[]): boolean {
    if (short.length === 0 || short.length > long.length) return false;
    // Chinese and Japanese write no spaces: a surname is the start of the full name (植田 → 植田和男).
    if (this.fam === 'cjk' && short.length === 1 && long.length === 1)
      return (long[0] ?? '').startsWith(short[0] ?? '') && (short[0] ?? '').length >= 2;
    // Never the father's name inside a longer one: سلمان in محمد بن سلمان, عبد العزيز in عمر بن عبد العزيز.
    const fathers = (at: number): boolean => at > 0 && this.lex.sonOf(long[at - 1] ?? '');
    if (short.length === 1) return long[long.length - 1] === short[0] && !fathers(long.length - 1);
    // Contiguous run of the longer name (Arabic: الملك سلمان بن عبدالعزيز in a longer title), or
    // first and last words the same (a middle name left out).
    for (let at = 0; at + short.length <= long.length; at++)
      if (short.every((w, k) => long[at + k] === w) && !fathers(at)) return true;
    return short[0] === long[0] && short[short.length - 1] === long[long.length - 1];
  }

  /** The entity a name refers to: by a form, a surname or an alias; the most recently mentioned on a tie. */
  find(name: string): Entity | null {
    let w = this.words(name);
    // A title alone ("King said") is the family name of someone named before with it (Gayle King).
    if (w.length === 0 && /^\p{Lu}\p{Ll}+$/u.test(name.trim())) {
      const t = foldWord(name.trim());
      if (this.entities.some((e) => !e.body && e.forms.some((f) => this.words(f).slice(-1)[0] === t))) w = [t];
    }
    if (w.length === 0) return null;
    // The second word of a compound name alone (الله, الدين) names nobody's short form: الله is not رسول الله.
    if (w.length === 1 && this.lex.compoundName('', name.trim())) return null;
    // A body's name (مكتب محافظ دياربكر) is not a person named by its last words (محافظ دياربكر).
    const bodyName = w.length >= 2 && this.lex.body(w[0] ?? '');
    const hits = this.entities.filter((e) => {
      if (e.described) return false;
      const full = this.words(e.full);
      if (bodyName && !e.body && full.length < w.length) return false;
      if (w.length === 1 && (e.aliases.has(w[0] ?? '') || this.initials(e, w[0] ?? ''))) return true;
      // "Luis Alvarez" is not "Maria Alvarez", though both are "Alvarez": a full name given must fit the fullest one.
      if (w.length >= 2 && full.length >= 2 && !this.compatible(w, full) && !this.compatible(full, w)) return false;
      return e.forms.some((f) => {
        const fw = this.words(f);
        return this.compatible(w, fw) || this.compatible(fw, w) || this.titledGiven(name, f);
      });
    });
    if (hits.length === 0 && w.length === 1) return this.spelledOtherwise(w[0] ?? '');
    if (hits.length <= 1) return hits[0] ?? null;
    return this.latest(hits);
  }

  /**
   * "ريفلين" for رؤوفين ريفيلين: a foreign family name written in Arabic letters with a long vowel more or
   * less. Only a word of five letters or more that no name of the article holds as printed, and only
   * when one person's family name alone has the same letters but its long vowels.
   */
  private spelledOtherwise(word: string): Entity | null {
    if (this.fam !== 'arabic' || word.length < 5 || /^(?:ال|لل)/u.test(word)) return null;
    const skeleton = (x: string): string => x.charAt(0) + x.slice(1).replace(/[اويى]/gu, '');
    const key = skeleton(word);
    if (key.length < 3) return null;
    const named = (e: Entity): string[] => e.forms.flatMap((f) => this.words(f));
    if (this.entities.some((e) => named(e).includes(word))) return null;
    const fits = this.entities.filter((e) => {
      const last = this.words(e.full).slice(-1)[0] ?? '';
      return !e.body && !e.described && this.words(e.full).length >= 2 && last !== word && skeleton(last) === key;
    });
    return fits.length === 1 ? (fits[0] ?? null) : null;
  }

  /**
   * "Sir Keir" for Sir Keir Starmer, "Prince Harry" for Prince Harry Windsor: a title and one word
   * name the person whose name opens with the same title and given name.
   */
  private titledGiven(short: string, long: string): boolean {
    const s = short.split(/[\s\u00a0]+/u).map(foldWord);
    const l = long.split(/[\s\u00a0]+/u).map(foldWord);
    return s.length === 2 && l.length > 2 && this.lex.title(s[0] ?? '') !== undefined && s[0] === l[0] && s[1] === l[1];
  }

  /** Is `word` the initials of a body's or a long name (NYT, Nyt → New York Times; EU → European Union)? */
  private initials(e: Entity, word: string): boolean {
    if (word.length < 2 || word.length > 6) return false;
    const caps = e.full.split(/[\s-]+/u).filter((x) => /^\p{Lu}/u.test(x));
    if (caps.length < 2 || (!e.body && caps.length < 3)) return false;
    return (
      caps
        .map((x) => x.charAt(0))
        .join('')
        .toLowerCase() === word.toLowerCase()
    );
  }

  private latest(among: readonly Entity[]): Entity | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const e = this.mentions[i]?.entity;
      if (e && among.includes(e)) return e;
    }
    return among[among.length - 1] ?? null;
  }

  /** Finds the entity a name refers to, or adds one; learns its fuller name, role and gender. */
  add(printedName: string, info: { role?: string | null; gender?: Gender; body?: boolean } = {}): Entity {
    // "Woody Allen’s memoir": the possessive is no part of a name of two words or more (a one-word
    // name may end in it: Moody's, McDonald's).
    const name =
      this.fam === 'latin' && /\S\s+\S/u.test(printedName) ? printedName.replace(/['’]s$/u, '') : printedName;
    const found = this.find(name);
    const entity = found ?? {
      id: this.entities.length,
      forms: [],
      full: name,
      role: null,
      roleWords: new Set<string>(),
      gender: null,
      body: false,
      aliases: new Set<string>(),
      described: false,
      unnamed: false,
    };
    if (!found) this.entities.push(entity);
    if (!entity.forms.includes(name)) entity.forms.push(name);
    if (this.words(name).length > this.words(entity.full).length) entity.full = name;
    if (info.role) this.addRole(entity, info.role);
    // A title in the name tells the gender (Prince Harry, Mme Dupont, الأميرة …).
    const printed = name.split(/\s+/u);
    const titled = printed.map((_, i) => titleIn(printed, i, this.lex)).find((g) => g);
    if (!entity.gender) entity.gender = info.gender ?? titled ?? null;
    if (info.body || name.split(/\s+/u).some((w) => this.lex.body(w))) entity.body = true;
    return entity;
  }

  /** An entity known only by the description printed for it, the same description giving the same entity. */
  describe(text: string, unnamed = false): Entity {
    const hit = this.entities.find((e) => e.described && e.full === text);
    if (hit) return hit;
    const e: Entity = {
      id: this.entities.length,
      forms: [text],
      full: text,
      role: null,
      roleWords: new Set<string>(),
      gender: null,
      body: false,
      aliases: new Set<string>(),
      described: true,
      unnamed,
    };
    this.entities.push(e);
    return e;
  }

  addRole(entity: Entity, role: string): void {
    const r = role.trim();
    if (!r) return;
    // The fuller printing of the same role wins ("resident" → "Kyiv resident").
    if (entity.role === null || (r.includes(entity.role) && r.length <= 80)) entity.role = r;
    // A role's form tells the gender (la ministra, Sprecherin, spokeswoman; el abogado, spokesman).
    if (!entity.gender && !entity.body) entity.gender = roleGender(r, this.lex);
    for (const w of r.split(/[\s\u00a0]+/u)) {
      const f = foldWord(w);
      entity.roleWords.add(f);
      if (f.startsWith('ال')) entity.roleWords.add(f.slice(2));
    }
  }

  alias(entity: Entity, short: string): void {
    entity.aliases.add(foldWord(short));
  }

  /** Records a mention; mentions are kept in reading order. */
  mention(
    entity: Entity,
    ui: number,
    pos: number,
    sentence: number,
    speech = false,
    subject = false,
    gender: Gender = null,
  ): void {
    const m: Mention = { entity, ui, pos, sentence, speech, subject, ...(gender ? { gender } : {}) };
    let i = this.mentions.length;
    while (i > 0 && before(m, this.mentions[i - 1] as Mention)) i--;
    const prev = this.mentions[i - 1];
    if (prev && prev.ui === ui && prev.pos === pos) {
      prev.speech ||= speech;
      prev.subject ||= subject;
      return;
    }
    this.mentions.splice(i, 0, m);
  }

  /**
   * The entity a pronoun or a subjectless verb at (ui, pos) stands for: in the nearest sentence
   * before it that has one, whoever reported speech there (a cue's subject or a quotation's
   * speaker), else whoever opens it as its subject. Names in passing (places, objects) do not count.
   */
  salient(ui: number, pos: number, want: Want): Entity | null {
    let group: Mention[] = [];
    let nearest = true;
    const pick = (): Entity | null => {
      const fit = group.filter((m) => this.fits(m.entity, want, m.gender));
      // The nearest speech before it (the last one in the sentence), else the sentence's subject.
      const speech = fit.filter((m) => m.speech).pop();
      const subject = fit.find((m) => m.subject);
      // "It will be chaired by Kate Dalmeny. She said …": a he or she stands for the one person named in
      // the nearest sentence before it (in its paragraph or the one before), subject or not. Latin script
      // only: in Arabic a subjectless verb after such a sentence (وقال سموه مخاطبا العقيد …) is the
      // subject's, and on 3,005 SaudiNewsNet articles it changed 13 speakers, 6 better and 3 worse.
      const only =
        nearest && this.fam === 'latin' && want.kind === 'person' && want.gender !== null
          ? this.onlyPerson(group, ui)
          : null;
      const pass = only && fit.some((m) => m.entity === only) ? only : null;
      group = [];
      nearest = false;
      return (speech ?? subject)?.entity ?? pass;
    };
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i] as Mention;
      if (m.ui > ui || (m.ui === ui && m.pos >= pos)) continue;
      if (m.ui < ui - LOOK_BACK_UNITS) break;
      const head = group[0];
      if (head && (head.ui !== m.ui || head.sentence !== m.sentence)) {
        const hit = pick();
        if (hit) return hit;
      }
      group.unshift(m);
    }
    return pick();
  }

  /**
   * The one person (no body, no description) mentioned in `group`, a sentence of unit `ui` or the unit
   * before, when the text says it is a person: by a role or a title (a name alone may be a brand's).
   */
  private onlyPerson(group: readonly Mention[], ui: number): Entity | null {
    const people = new Set(group.filter((m) => !m.entity.body && !m.entity.described).map((m) => m.entity));
    const [e] = people;
    const person = e !== undefined && (e.role !== null || e.gender !== null);
    return people.size === 1 && person && (group[0]?.ui ?? -1) >= ui - 1 ? e : null;
  }

  private fits(e: Entity, want: Want, gender = e.gender): boolean {
    if (e.described && !(e.unnamed && want.kind === 'any')) return false;
    if (want.gender && gender && want.gender !== gender) return false;
    if (want.kind === 'person') return !e.body;
    if (want.kind === 'body') return e.body;
    return true;
  }

  /**
   * The person whose roles hold every word of `text`, a description of three words or more
   * (مدير إدارة مشروع واسط for المهندس بدر الدُلامي, given that role before); else null.
   */
  roleHolder(text: string): Entity | null {
    const words = text.split(/\s+/u).filter((w) => w && !this.lex.roleLink(w) && !this.lex.determiner(w));
    if (words.length < 3) return null;
    const folded = roleKeys(words);
    return this.entities.find((e) => !e.body && folded.every((w) => e.roleWords.has(w))) ?? null;
  }

  /**
   * The entity before (ui, pos) whose roles share most words with `words` (the minister → X,
   * الرئيس الروسي → فلاديمير بوتين); the most recently mentioned on a tie.
   */
  byRole(words: readonly string[], ui: number, pos: number, gender: Gender = null): Entity | null {
    // Links and determiners (باسم, of, the) tell no role from another.
    const folded = roleKeys(words.filter((w) => !this.lex.roleLink(w) && !this.lex.determiner(w)));
    let best: Entity | null = null;
    let bestScore = 0;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i] as Mention;
      if (m.ui > ui || (m.ui === ui && m.pos >= pos)) continue;
      // "قال المتحدث" is no woman's role, "وقالت الوزيرة" no man's.
      if (gender && m.entity.gender && gender !== m.entity.gender) continue;
      const score = folded.filter((w) => m.entity.roleWords.has(w)).length;
      if (score > bestScore) {
        best = m.entity;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * "…," the president said. / President Joe Biden had pushed …: the first entity named in the same
   * unit after (ui, pos) or the next one whose role is these role words, the closest fit first
   * (President over Vice President). For a role the article names only after the quotation.
   */
  byRoleAfter(words: readonly string[], ui: number, pos: number): Entity | null {
    const folded = new Set(roleKeys(words));
    let best: Entity | null = null;
    let bestFit = 0;
    for (const m of this.mentions) {
      if (m.ui < ui || (m.ui === ui && m.pos <= pos)) continue;
      // (Just after: not a holder of the same role for another body paragraphs on.)
      if (m.ui > ui + 1) break;
      const roleWords = [...m.entity.roleWords].filter((w) => this.lex.role(w));
      const matched = roleWords.filter((w) => folded.has(w)).length;
      const fit = roleWords.length ? matched / roleWords.length : 0;
      if (fit > bestFit) {
        best = m.entity;
        bestFit = fit;
      }
    }
    return best;
  }

  /** The latest speech mention before (ui, pos) in unit ui: whoever reported speech last in the paragraph. */
  lastSpeech(ui: number, pos: number): Mention | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i] as Mention;
      if (m.ui > ui || (m.ui === ui && m.pos >= pos)) continue;
      if (m.ui < ui) return null;
      if (m.speech) return m;
    }
    return null;
  }

  /** The most recently mentioned body whose name holds one of `words` (the ministry → Defense Ministry). */
  byBody(words: readonly string[], ui: number, pos: number): Entity | null {
    const folded = roleKeys(words);
    return this.lastBefore(ui, pos, (e) => e.body && this.words(e.full).some((n) => folded.includes(n)));
  }

  /** The entity of the latest mention before (ui, pos) that `ok` accepts. */
  lastBefore(ui: number, pos: number, ok: (e: Entity) => boolean): Entity | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i] as Mention;
      if (m.ui > ui || (m.ui === ui && m.pos >= pos)) continue;
      if (ok(m.entity)) return m.entity;
    }
    return null;
  }
}

function before(a: Mention, b: Mention): boolean {
  return a.ui < b.ui || (a.ui === b.ui && a.pos < b.pos);
}
