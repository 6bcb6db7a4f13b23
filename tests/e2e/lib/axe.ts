import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver, Tab } from '../driver/driver.ts';
import type { Runner } from './runner.ts';

const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: number;
  target: string | undefined;
}

/**
 * axe-core on one popup/options state: prints one summary line, logs every
 * violation, and fails on serious or critical ones.
 */
export async function axeCheck(driver: Driver, tab: Tab, run: Runner, state: string): Promise<Violation[]> {
  await tab.run(AXE);
  const violations = await tab.evaluate(async () => {
    type Result = {
      violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>;
    };
    const axe = (globalThis as unknown as { axe: { run(d: Document, o: object): Promise<Result> } }).axe;
    const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      target: v.nodes[0]?.target.join(' '),
    }));
  });
  const by = (impact: string) => violations.filter((v) => v.impact === impact).length;
  run.log(
    `axe ${driver.name} ${state}: ${violations.length} violations (critical ${by('critical')}, serious ${by('serious')}, moderate ${by('moderate')}, minor ${by('minor')})`,
  );
  for (const v of violations) run.log(`  axe ${v.id} (${v.impact}): ${v.nodes} × ${v.target}`);
  assert.equal(by('critical') + by('serious'), 0, `axe: serious/critical violations in ${state}`);
  return violations;
}
