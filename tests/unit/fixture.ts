// A page of tests/fixtures/, as text or parsed as a document.
import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';

export const fixtureHtml = (name: string): string =>
  readFileSync(new NodeURL(`../fixtures/${name}`, import.meta.url), 'utf8');

export const fixtureDoc = (name: string): Document => new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
