import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../src/app/i18n/en.json';
import fi from '../../src/app/i18n/fi.json';

// The web app's words live in its message files (issue 7): Finnish and English have the same keys and the
// same placeholders, no message is empty, and no screen writes text of its own into the page.

const APP = join(__dirname, '..', '..', 'src', 'app');
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'gql') return [];
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.tsx') ? [path] : [];
  });
}

test('Finnish and English have the same keys', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(fi).sort());
});

test('every message is written, with the same placeholders in both languages', () => {
  const english = en as Record<string, string>;
  for (const [key, message] of Object.entries(fi)) {
    expect([key, message.trim().length > 0]).toEqual([key, true]);
    expect([key, english[key]!.trim().length > 0]).toEqual([key, true]);
    expect([key, placeholders(english[key]!)]).toEqual([key, placeholders(message)]);
  }
});

test('no screen has hard-coded words: text and labels come from the message files', () => {
  const found: string[] = [];
  for (const file of sources(APP)) {
    const text = readFileSync(file, 'utf8');
    // Words between tags (JSX text), and words in attributes people read or hear.
    for (const match of text.matchAll(/(?<![=-])>\s*([A-Za-zÅÄÖåäö][^<>{}();=]*?)\s*</g))
      found.push(`${file}: ${match[1]}`);
    for (const match of text.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*[A-Za-z][^"]*)"/g)) {
      found.push(`${file}: ${match[1]}="${match[2]}"`);
    }
  }
  expect(found).toEqual([]);
});

test('the message files are the only source of the words: every key used exists in them', () => {
  const used = new Set<string>();
  for (const file of sources(APP)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)) used.add(match[1]!);
  }
  expect([...used].filter((key) => !(key in fi))).toEqual([]);
  expect(used.size).toBeGreaterThan(100);
});
