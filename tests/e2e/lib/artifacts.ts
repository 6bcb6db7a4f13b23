import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Driver, Tab } from '../driver/driver.ts';

/** Where the suites save their screenshots (the README's come from here). */
export const ARTIFACTS = path.resolve('artifacts/e2e');
mkdirSync(ARTIFACTS, { recursive: true });

/** artifacts/e2e/<browser>-<name>.png */
export const artifact = (driver: Driver, name: string): string => path.join(ARTIFACTS, `${driver.name}-${name}.png`);

/** A screenshot of `tab`, of the whole page unless `fullPage` is false. */
export const shot = (driver: Driver, tab: Tab, name: string, fullPage = true): Promise<void> =>
  tab.screenshot(artifact(driver, name), fullPage);
