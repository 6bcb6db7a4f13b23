// Digits of other scripts read as ASCII digits: Arabic-Indic (U+0660–0669),
// Persian (U+06F0–06F9) and full-width (U+FF10–FF19). Each run starts at a
// multiple of 16, so a digit's value is its code point modulo 16.

export const normalizeDigits = (s: string): string =>
  s.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/gu, (d) => String(d.charCodeAt(0) % 16));
