import { textTable } from '../../i18n/format.js';

/** The share box's words (kept apart from ui-text.ts: they load with the box, after the form). */
export const shareText = textTable({
  shareHeading: { en: 'Share this setup', fr: 'Partager cette configuration' },
  shareButton: { en: 'Share', fr: 'Partager' },
  shareCode: { en: 'Share code', fr: 'Code de partage' },
  shareCopied: { en: 'share code', fr: 'code de partage' },
  pasteLabel: { en: 'Paste a share code (DSA2-…), or the message that holds it', fr: 'Collez un code de partage (DSA2-…), ou le message qui le contient' },
  pasteApply: { en: 'Apply code', fr: 'Appliquer le code' },
});
