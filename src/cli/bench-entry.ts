// Entry of the bench's in-page bundle (scripts/vite.bench.config.ts).
export { analyze } from '../core/report.ts';
