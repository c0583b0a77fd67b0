/**
 * The French typography our FR sentences follow, as checks that name what is wrong. Our FR text
 * is written final (only the popup's own tables get src/ui/french-spacing.ts at render time), so a
 * missing no-break space here is one the user sees, and a colon can start a line on its own.
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

/** Every typography problem of one FR text (a sentence, or the literal part of a template). */
export function frenchTypographyProblems(text: string): string[] {
  const prose = withoutCode(text);
  const problems: string[] = [];
  const flag = (pattern: RegExp, what: string) => {
    for (const match of prose.matchAll(pattern)) problems.push(`${what}: …${prose.slice(Math.max(0, match.index - 15), match.index + 15)}…`);
  };
  flag(/\p{L}'\p{L}/gu, 'straight apostrophe, write ’');
  flag(/ [:;!?]/g, 'ASCII space before : ; ! ?, write a no-break space (U+00A0, or U+202F before ; ! ?)');
  // `Avancement:`; a digit before is code (`v=DMARC1; p=none`, `DSA1:`), a URL has no space after.
  flag(/[\p{L})»][:;!?](?=\s|$)/gu, 'no space before : ; ! ?, write a no-break space');
  flag(new RegExp(`«(?![${NO_BREAK}])`, 'g'), '« without a no-break space after it');
  flag(new RegExp(`(?<![${NO_BREAK}])»`, 'g'), '» without a no-break space before it');
  flag(/"/g, 'straight double quote, write « » with no-break spaces inside');
  return problems;
}
