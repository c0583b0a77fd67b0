import type { RecordType } from '../../records/types.js';
import { isRecordType } from '../../records/types.js';
import { plainText, type ListedRow } from './listed-row.js';
import { PENDING_HEADING } from './vocabulary.js';

/**
 * A stage-then-publish page's list of pending changes ("Pending changes", « Modifications en
 * attente »): each staged record one line of text (`MX example.com 3600 10 mx.example.net`,
 * `Ajout · MX @ 10 mx.example.net`), not a table. Read so that a staged record counts as there
 * (the run confirms the user's "add to the list" from it; the plan never stages it twice).
 */

/** A title is a few words; a longer text that mentions "pending" is a sentence, not the list's name. */
const MAX_TITLE_CHARS = 60;
/** Items of a list, one staged change each; tables and grids are read as tables already. */
const ITEMS = 'li, [role=listitem]';
/** How far above its title the list may sit (a card's header, then its body). */
const MAX_CLIMB = 6;
/** A listed owner: `@`, `*`, a name with or without its final dot. */
const NAME_LIKE = /^(?:@|\*|[\p{L}\p{N}_*-]+(?:\.[\p{L}\p{N}_-]+)*\.?)$/u;
const NUMBER = /^\d{1,10}$/;
/** How many numbers lead each type's data (MX priority; SRV priority, weight, port). */
const LEADING_NUMBERS: Partial<Record<RecordType, number>> = { MX: 1, SRV: 3 };
/** The data a type's line must end with, after its numbers. */
const DATA_SHAPE: Record<RecordType, RegExp> = {
  A: /^\d{1,3}(?:\.\d{1,3}){3}$/,
  AAAA: /^[\da-f:.]*:[\da-f:.]*$/i,
  CNAME: /^[^\s=]+$/u,
  MX: /^[^\s=]+$/u,
  SRV: /^[^\s=]+$/u,
  TXT: /\S/,
};

/** Elements titled like a pending-changes list: a short label, heading or card title. */
function titles(root: Document | ShadowRoot): Element[] {
  const labelled = [...root.querySelectorAll('[aria-label]')].filter((element) => PENDING_HEADING.test(element.getAttribute('aria-label')!.slice(0, MAX_TITLE_CHARS)));
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (text.length <= MAX_TITLE_CHARS && PENDING_HEADING.test(text) && node.parentElement && !node.parentElement.closest(`${ITEMS}, button, table, [role=grid]`)) texts.push(node.parentElement);
  }
  return [...labelled, ...texts];
}

/** The list items nearest above each title (its section, its card): the staged changes. */
function pendingItems(root: Document | ShadowRoot): Element[] {
  const found = new Set<Element>();
  for (const title of titles(root)) {
    let box: Element | null = title;
    for (let depth = 0; box && depth < MAX_CLIMB; depth += 1, box = box.parentElement) {
      const items = [...box.querySelectorAll(ITEMS)].filter((item) => !item.querySelector(ITEMS));
      if (items.length === 0) continue;
      items.forEach((item) => found.add(item));
      break;
    }
  }
  return [...found];
}

/** An item's words as a person reads them: text nodes apart, buttons ("Remove", « Annuler ») left out. */
function itemTokens(item: Element): string[] {
  const parts: string[] = [];
  const walker = item.ownerDocument.createTreeWalker(item, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('button, [role=button]')) parts.push(node.textContent ?? '');
  }
  return plainText(parts.join(' ')).split(' ').filter((token) => token !== '');
}

/** The data after the owner: a leading TTL dropped when there are more numbers than the type takes. */
function dataOf(type: RecordType, tokens: readonly string[]): { ttl?: string; value: string } | undefined {
  const wanted = LEADING_NUMBERS[type] ?? 0;
  let leading = 0;
  while (leading < tokens.length && NUMBER.test(tokens[leading]!)) leading += 1;
  const ttl = leading > wanted ? tokens[0] : undefined;
  const data = ttl === undefined ? tokens : tokens.slice(1);
  const numbers = data.slice(0, wanted);
  const rest = data.slice(wanted).join(' ');
  if (numbers.length < wanted || !numbers.every((token) => NUMBER.test(token)) || !DATA_SHAPE[type].test(rest)) return undefined;
  return { ...(ttl !== undefined && { ttl }), value: data.join(' ') };
}

/**
 * One line as a row: `TYPE owner [ttl] data` (the type first, words before it such as « Ajout ·»
 * ignored), else `owner [ttl] [IN] TYPE data` (zone-file order).
 */
export function lineRow(tokens: readonly string[]): ListedRow['cells'] | undefined {
  const at = tokens.findIndex((token) => isRecordType(token));
  if (at < 0) return undefined;
  const type = tokens[at] as RecordType;
  const after = tokens.slice(at + 1);
  const before = tokens.slice(0, at).filter((token) => token !== 'IN' && !NUMBER.test(token));
  const candidates = [
    { host: after[0] ?? '', data: dataOf(type, after.slice(1)) },
    { host: NAME_LIKE.test(before.at(-1) ?? '') ? before.at(-1)! : '@', data: dataOf(type, after) },
  ];
  const found = candidates.find((candidate) => candidate.data && NAME_LIKE.test(candidate.host));
  if (!found?.data) return undefined;
  return [
    { text: type, label: 'Type', kind: 'plain' },
    { text: found.host, label: 'Host', kind: 'plain' },
    ...(found.data.ttl === undefined ? [] : [{ text: found.data.ttl, label: 'TTL', kind: 'plain' as const }]),
    { text: found.data.value, label: 'Value', kind: 'plain' },
  ];
}

/** Every staged change the page lists under a pending-changes title, as rows. */
export function pendingRows(root: Document | ShadowRoot): ListedRow[] {
  return pendingItems(root).flatMap((item) => {
    const cells = lineRow(itemTokens(item));
    return cells ? [{ cells, elements: [item], editable: false }] : [];
  });
}
