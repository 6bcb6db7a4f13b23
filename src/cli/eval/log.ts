// What a scoreboard run records across its sets as it goes: errors, jsdom's
// load notes, detection right and wrong per language, and the time per page.
import type { Report } from '../../core/types.ts';

export interface ErrorEntry {
  set: string;
  file: string;
  error: string;
}

export interface LoadNote {
  set: string;
  file: string;
  note: string;
}

export interface DetectMiss {
  set: string;
  file: string;
  lang: string;
  got: boolean;
  want: boolean;
  score: number;
  signals: string[];
}

type DetectFacts = Pick<Report, 'isNews' | 'newsScore' | 'signals'>;

export class RunLog {
  readonly errors: ErrorEntry[] = [];
  readonly loadNotes: LoadNote[] = [];
  readonly detectMisses: DetectMiss[] = [];
  readonly detectByLang = new Map<string, { ok: number; n: number }>();
  readonly timings: Record<string, { parse: number[]; analyze: number[] }> = {};

  error(set: string, file: string, error: string): void {
    this.errors.push({ set, file, error });
  }

  notes(set: string, file: string, notes: readonly string[]): void {
    for (const note of notes) this.loadNotes.push({ set, file, note });
  }

  /** One page's detection against what it should be (a page that failed counts as not news). */
  detect(set: string, file: string, lang: string, report: DetectFacts | null, want: boolean): void {
    const got = report?.isNews ?? false;
    const d = this.detectByLang.get(lang) ?? { ok: 0, n: 0 };
    d.n++;
    if (got === want) d.ok++;
    else
      this.detectMisses.push({
        set,
        file,
        lang,
        got,
        want,
        score: report?.newsScore ?? 0,
        signals: report?.signals ?? [],
      });
    this.detectByLang.set(lang, d);
  }

  time(set: string, a: { parseMs: number; analyzeMs: number }): void {
    const t = (this.timings[set] ??= { parse: [], analyze: [] });
    t.parse.push(a.parseMs);
    t.analyze.push(a.analyzeMs);
  }

  setErrors(set: string): number {
    return this.errors.filter((e) => e.set === set).length;
  }
}
