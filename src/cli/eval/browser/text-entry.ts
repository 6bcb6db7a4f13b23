// Entry of the bundle the browser run loads into its runner page: the text side
// the popup runs on a snapshot (core/report.ts analyzeText), so that it runs in
// the browser's own JavaScript engine (its regular expressions, Unicode data and
// Intl), as in the popup.
export { analyzeText } from '../../../core/report.ts';
