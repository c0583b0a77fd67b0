/**
 * The labels the OVHcloud control panel puts before its values, in French and English
 * (docs/email-dns-facts.md: « Sous domaine : {0} / Priorité : {1} / Poids : {2} / Port : {3} /
 * Cible : {4} », the Connexion box, DKIM). One regex per meaning; panel text and pasted text are
 * read with the same table so both agree. Last verified 2026-11-23 on fixture ovh-email-panel.
 */
export const PANEL_LABELS = {
  subdomain: /^(?:sous[- ]?domaine|sub[- ]?domain)$/i,
  priority: /^(?:priorit[ée]|priority)$/i,
  weight: /^(?:poids|weight)$/i,
  port: /^port$/i,
  target: /^(?:cible|target|h[ôo]te cible|target host)$/i,
  server: /^(?:serveur|server)$/i,
  selector: /^(?:s[ée]lecteur|selector)$/i,
} as const;

export type PanelLabel = keyof typeof PANEL_LABELS;

/**
 * `Label : value` pairs in reading order; the label is matched against PANEL_LABELS. A sentence
 * may end right after the value: its full stop is left out of the value (lazily, still linear).
 */
const PAIR =
  /(?<![\p{L}\p{N}_-])(sous[- ]?domaine|sub[- ]?domain|priorit[ée]|priority|poids|weight|port|h[ôo]te cible|target host|cible|target|serveur|server|s[ée]lecteur|selector)\s*:\s*([^\s/|,;«»"]+?)\.?(?![^\s/|,;«»"])/giu;

export function labelledPairs(text: string): { label: PanelLabel; value: string }[] {
  const pairs: { label: PanelLabel; value: string }[] = [];
  for (const match of text.matchAll(PAIR)) {
    const [, rawLabel, rawValue] = match;
    const label = (Object.keys(PANEL_LABELS) as PanelLabel[]).find((key) => PANEL_LABELS[key].test(rawLabel!));
    if (label) pairs.push({ label, value: rawValue! });
  }
  return pairs;
}
