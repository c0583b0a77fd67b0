/**
 * What a guide step points at: CSS selectors tried in order, or the visible text of something
 * clickable (`{ text: /^Ajouter une entrée$/i }`). The EditorSpec's Locator shape (`{ label }`)
 * is accepted too, so registrar steps reuse their adapter's locators. Plain data: the page
 * engine (src/highlight/find-target.ts) finds the element.
 */
export type TargetLocator = readonly (string | TextMatch | ScopedText)[];
/** `{ text }`, the EditorSpec's `{ label }` or any other one-pattern entry it may grow: matched on visible text. */
export type TextMatch = Readonly<Record<string, RegExp>>;
/**
 * Visible text among the elements a selector finds (`{ within: '.oui-badge_error', text: /^MX$/ }`:
 * the red MX badge). For markup that says what an element is by its words and its state by a class,
 * as the OVHcloud panel's Diagnostic badges do; no attribute of our own fixtures is needed.
 */
export type ScopedText = Readonly<{ within: string; text: RegExp }>;

export function isScopedText(entry: unknown): entry is ScopedText {
  return typeof entry === 'object' && entry !== null && typeof (entry as ScopedText).within === 'string' && (entry as ScopedText).text instanceof RegExp;
}

/** The pattern of a text entry (its first RegExp value). */
export function patternOf(entry: TextMatch | ScopedText): RegExp | undefined {
  return Object.values(entry).find((value): value is RegExp => value instanceof RegExp);
}
