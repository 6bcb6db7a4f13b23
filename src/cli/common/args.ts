// Command-line arguments shared by the CLI commands: `--flag value`,
// `--flag=value` and positional arguments; a lone `--` is skipped.

/**
 * Calls `on` for each argument with its flag (the part before `=` for
 * `--flag=value`), a `value()` that takes the flag's value (inline, or the
 * next argument) and throws when there is none, and the argument as given.
 */
export function forEachArg(
  argv: readonly string[],
  on: (flag: string, value: () => string, raw: string) => void,
): void {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') continue;
    const eq = a.indexOf('=');
    const [flag, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    on(
      flag,
      () => {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new Error(`${flag} needs a value`);
        return v;
      },
      a,
    );
  }
}
