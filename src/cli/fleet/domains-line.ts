import type { Localized } from '../../i18n/lang.js';
import { visibleText } from '../../lib/visible-text.js';
import type { Setup } from '../../services/desired.js';
import { decodeShareCode } from '../../share/share-code.js';
import { splitVariable } from '../option-values.js';
import { fleetMessages as say } from './fleet-messages.js';
import type { FileLine } from './read-lines.js';

/** What one line of a domains file holds. */
export type DomainsLine = { kind: 'skip' } | { kind: 'setup'; setup: Setup } | { kind: 'bad'; problem: Localized };

/** `--service` and `--var`: the setup of the lines that give a domain alone. */
export interface LineDefaults {
  service: string | undefined;
  vars: Readonly<Record<string, string>>;
}

/** A share code (DSA1:…, DSA2-…) is one word with no dot; a domain always has one. */
const CODE_START = /^DSA\d/i;
const BLANK = /^[ \t]*$/;
/**
 * Tabs separate words; every other C0 or C1 control character is refused (a terminal would obey
 * it), and so are the characters visibleText shows escaped (bidi controls, zero-width…): no
 * domain or value holds one, and it would hide what the line says.
 */
const HIDDEN = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/u;

/**
 * One line: blank or a `#` comment (skipped); `domain`; `domain service [name=value]…`, a value
 * with spaces written `name="v=DMARC1; p=none"`; or a share code. A `#` that starts a word ends
 * the line. Never throws: a bad line says why, and the run goes on.
 */
export function parseDomainsLine(line: FileLine, defaults: LineDefaults): DomainsLine {
  const isComment = line.text.trimStart().startsWith('#');
  if (BLANK.test(line.text) || isComment) return { kind: 'skip' };
  if (line.problem === 'too-long') return bad(say.lineTooLong(MAX_LINE_BYTES));
  if (line.problem === 'not-utf8') return bad(say.lineNotUtf8);
  const hidden = HIDDEN.exec(line.text);
  if (hidden) return bad(say.lineHidden(visibleText(hidden[0]), hidden.index + 1));
  const words = wordsOf(line.text);
  if (words === undefined) return bad(say.unclosedQuote);
  const [first = '', service, ...variables] = words;
  if (CODE_START.test(first) && !first.includes('.')) {
    const decoded = decodeShareCode(words.join(' '));
    return decoded.ok ? { kind: 'setup', setup: decoded.setup } : bad(decoded.problem);
  }
  if (service === undefined) {
    if (defaults.service === undefined) return bad(say.noService);
    return { kind: 'setup', setup: { domain: first, service: defaults.service, vars: { ...defaults.vars } } };
  }
  if (service.includes('=')) return bad(say.variableInPlaceOfService(service));
  const vars: Record<string, string> = {};
  for (const word of variables) {
    const variable = splitVariable(word);
    if (variable === undefined) return bad(say.badVariable(word));
    if (Object.hasOwn(vars, variable.name)) return bad(say.repeatedVariable(variable.name));
    vars[variable.name] = variable.value;
  }
  return { kind: 'setup', setup: { domain: first, service, vars } };
}

/** Longer than any setup line (a DSA1 code is at most 4,096 characters): the reader keeps no more of a line. */
export const MAX_LINE_BYTES = 8192;

function bad(problem: Localized): DomainsLine {
  return { kind: 'bad', problem };
}

/** Words split at spaces and tabs; `"…"` keeps spaces inside a word; a `#` starting a word ends the line. One pass. */
function wordsOf(text: string): string[] | undefined {
  const words: string[] = [];
  let at = 0;
  while (at < text.length) {
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (at >= text.length || text[at] === '#') break;
    let word = '';
    while (at < text.length && text[at] !== ' ' && text[at] !== '\t') {
      if (text[at] === '"') {
        const close = text.indexOf('"', at + 1);
        if (close === -1) return undefined;
        word += text.slice(at + 1, close);
        at = close + 1;
      } else {
        word += text[at++];
      }
    }
    words.push(word);
  }
  return words;
}
