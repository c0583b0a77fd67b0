import { frenchTypography } from '../../src/i18n/typography.js';

/**
 * The French typography our FR sentences follow, as checks that name what is wrong. The source is
 * written with plain spaces and src/i18n/ adds the no-break ones (frenchTypography), so a sentence
 * is checked as the user reads it (frenchTypographyProblems) and a literal as it is written
 * (frenchSourceProblems).
 */

const NO_BREAK = '\u00a0\u202f';

/**
 * Code and record values written inside FR sentences: they must stay exactly as a zone file or a
 * shell wants them, so they are taken out before the checks. Each entry says where it is used.
 */
const CODE_FRAGMENTS: readonly RegExp[] = [
  // Anything between backticks is code by convention.
  /`[^`]*`/g,
  // The zone-file escape of a quote (src/records/zone-file/tokenize.ts), and the bare quote it closes with.
  /\\"/g,
  /\(\"\)/g,
  // The JSON shape in `services --help` (src/cli/help-text.ts).
  /\[\{"id".*?\]\}\]/g,
];

export function withoutCode(text: string): string {
  return CODE_FRAGMENTS.reduce((rest, fragment) => rest.replace(fragment, ' '), text);
}

/** Every typography problem of one FR text as the user reads it (a sentence, or a part of one). */
export function frenchTypographyProblems(text: string): string[] {
  const prose = withoutCode(text);
  const problems: string[] = [];
  const flag = (pattern: RegExp, what: string) => {
    for (const match of prose.matchAll(pattern)) problems.push(`${what}: …${prose.slice(Math.max(0, match.index - 15), match.index + 15)}…`);
  };
  flag(/\p{L}'\p{L}/gu, 'straight apostrophe, write ’');
  flag(/ [:;!?]/g, 'ASCII space before : ; ! ?, the toolkit should have made it a no-break space (U+00A0, or U+202F before ; ! ?)');
  // `Avancement:`; a digit before is code (`v=DMARC1; p=none`, `DSA1:`), a URL has no space after.
  flag(/[\p{L})»][:;!?](?=\s|$)/gu, 'no space before : ; ! ?, write one');
  flag(new RegExp(`«(?![${NO_BREAK}])`, 'g'), '« without a no-break space after it');
  flag(new RegExp(`(?<![${NO_BREAK}])»`, 'g'), '» without a no-break space before it');
  flag(/"/g, 'straight double quote, write « » with spaces inside');
  return problems;
}

/**
 * Every problem of one FR literal as written in src/: plain spaces only (the toolkit adds the
 * no-break ones, so a hand-typed one hides a sentence that skips it), and once the toolkit has
 * set it, the rules above.
 */
export function frenchSourceProblems(text: string): string[] {
  const typed = [...text.matchAll(new RegExp(`[${NO_BREAK}]`, 'g'))].map((match) => `hand-typed no-break space, write a plain one: …${text.slice(Math.max(0, match.index - 15), match.index + 15)}…`);
  return [...typed, ...frenchTypographyProblems(frenchTypography(text))];
}
