/**
 * French typography: a no-break space before « : » and inside guillemets, a narrow one before
 * « ; ? ! », so a colon never starts a line on its own. Applied to our templates only, before the
 * values go in (a pasted value is shown as it is).
 */
export function frenchSpacing(template: string): string {
  return template
    .replace(/ :/g, '\u00a0:')
    .replace(/ ([;?!])/g, '\u202f$1')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}
