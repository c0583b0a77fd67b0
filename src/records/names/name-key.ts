/**
 * A name that came out of DNS data (an answer, a question, a zone's records, a Domain Connect
 * settings file) in the form names are compared in: lowercase, no final dot (`Mail.Example.COM.`
 * and `mail.example.com` are one name). Not a parse: what a person types, pastes or a page shows
 * goes through parseZoneName / parseRelativeHost instead.
 */
export function nameKey(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}
