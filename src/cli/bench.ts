// npm run bench [-- --corpus DIR] [--limit N] [--match TEXT] [--phases pool,return,carry]
//
// Real Chromium (Debian's, headless) with dist/chrome loaded; every page is
// served at its original URL (Playwright answers the navigation itself, so
// the host, the path and the site's own storage are the page's; nothing
// reaches the network). Three phases, one run (bench/run.ts):
//
//   pool    the pool pages, each a first visit (no learned stylesheet):
//           a performance trace of each load (bench/trace.ts: the main-thread
//           tasks that ran our code, their length and our total CPU), then in
//           the page (bench/in-page.ts): our detection against Readability's
//           isProbablyReaderable(), and for reference the whole analyze(), the
//           text side and Readability's parse()
//   return  the labelled pages, visited twice: a paint probe (bench/probe.ts)
//           watches the labelled share and comment widgets in every frame:
//           the flash on the first visit, whether they are ever painted on the
//           second (with the stylesheet the first visit taught)
//   carry   the dates pages' sites with two or more pages: the share of what
//           is hidden on the second page that the first page's stylesheet
//           already hid
//
// The speed budget (budgets.json) is printed with PASS or FAIL and written to
// bench-results.json with the per-page figures.

import { isMain, runMain } from './common/main.ts';
import { runBench } from './bench/run.ts';

if (isMain(import.meta.url)) runMain('bench', () => runBench(process.argv.slice(2)));
