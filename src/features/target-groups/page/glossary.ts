import type { Plan } from '@/contract';

/**
 * The documents' own definitions (uddannelsesparat, langtidsledig,
 * helårsperson …), found where their terms appear in a page's text so each
 * occurrence can link to the definition.
 */

export type GlossaryDefinition = {
  text: string;
  planTitle: string;
  provenance: Plan['definitions'][number]['provenance'];
};
export type GlossaryEntry = { id: string; term: string; keys: string[]; definitions: GlossaryDefinition[] };
export type TextPart = string | { text: string; entryId: string };

/** Search keys for a term: without parentheses, each "/" alternative, the last word cut to its stem. */
export function termKeys(term: string): string[] {
  return term
    .replace(/\([^)]*\)/g, '')
    .split('/')
    .map((k) => k.trim().toLowerCase().replace(/\s+/g, ' '))
    .map((k) => (k.length > 6 ? k.replace(/(er|e)$/, '') : k))
    .filter((k) => k.length >= 4);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** One entry per term (by its first key); a term several plans define lists each plan's wording. */
export function buildGlossary(plans: readonly Plan[]): GlossaryEntry[] {
  const byKey = new Map<string, GlossaryEntry>();
  for (const plan of plans) {
    for (const d of plan.definitions) {
      const keys = termKeys(d.term);
      const first = keys[0];
      if (!first) continue;
      const entry = byKey.get(first) ?? { id: `begreb-${slug(first)}`, term: d.term, keys, definitions: [] };
      entry.definitions.push({ text: d.text, planTitle: plan.title, provenance: d.provenance });
      entry.keys = [...new Set([...entry.keys, ...keys])];
      byKey.set(first, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => a.term.localeCompare(b.term, 'da'));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matcher(entries: readonly GlossaryEntry[]): { regex: RegExp; entryOf: Map<string, string> } | undefined {
  const entryOf = new Map<string, string>();
  for (const e of entries) for (const k of e.keys) if (!entryOf.has(k)) entryOf.set(k, e.id);
  const keys = [...entryOf.keys()].sort((a, b) => b.length - a.length);
  if (keys.length === 0) return undefined;
  const alternatives = keys.map((k) => escape(k).replace(/ /g, '\\s+'));
  return { regex: new RegExp(`(?<![\\p{L}\\d])(${alternatives.join('|')})\\p{L}*`, 'giu'), entryOf };
}

/** The text in parts: plain strings, and the first occurrence of each defined term. */
export function splitTerms(text: string, entries: readonly GlossaryEntry[]): TextPart[] {
  const m = matcher(entries);
  if (!m) return [text];
  const parts: TextPart[] = [];
  const seen = new Set<string>();
  let last = 0;
  for (const match of text.matchAll(m.regex)) {
    const entryId = m.entryOf.get(match[1]!.toLowerCase().replace(/\s+/g, ' '));
    if (!entryId || seen.has(entryId)) continue;
    seen.add(entryId);
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ text: match[0], entryId });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** The entries whose terms appear in any of the texts: the page's own glossary. */
export function entriesIn(entries: readonly GlossaryEntry[], texts: readonly string[]): GlossaryEntry[] {
  const used = new Set(
    texts.flatMap((t) => splitTerms(t, entries).flatMap((p) => (typeof p === 'string' ? [] : [p.entryId]))),
  );
  return entries.filter((e) => used.has(e.id));
}
