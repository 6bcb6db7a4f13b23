// How the command-line tools turn what was thrown into text.

/** The message of an Error, or the thrown value as a string. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The message's first line: for a one-line row (a page's error in a table). */
export function firstLine(e: unknown): string {
  return errorMessage(e).split('\n')[0] ?? '';
}

/** The stack where there is one (a tool that fails outright says where). */
export function errorStack(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
