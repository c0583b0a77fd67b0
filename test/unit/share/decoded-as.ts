import { parseZoneName } from '../../../src/records/names/zone-name.js';
import type { Setup } from '../../../src/services/desired.js';
import type { SetupResult } from '../../../src/share/setup-shape.js';
import { shareMessages } from '../../../src/share/share-messages.js';

/**
 * What a code or an address holding `setup` decodes to: the setup with its domain parsed by the
 * one name rule (a code is an entry point like the form), or that rule's refusal.
 */
export function decodedAs(setup: Setup): SetupResult {
  const domain = parseZoneName(setup.domain);
  if (!domain.ok) return { ok: false, problem: shareMessages.badDomain(domain.problem) };
  return { ok: true, setup: { ...setup, domain: domain.name } };
}
