import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeShareCode } from '../../../../src/share/share-code.js';
import { serviceVariables } from '../../../../src/services/service-variables.js';
import { SERVICES } from '../../../../src/services/index.js';
import * as pastes from '../../capture/paste/paste-samples.js';

/**
 * The valid inputs the generators start from: the catalog's own examples, codes made from them,
 * the paste samples, zone files and Domain Connect templates already stored as test data
 * (test/data/zones/own, written for this project; test/data/domain-connect/templates, cited in
 * the README beside them).
 */

export const SERVICE_IDS = SERVICES.map((service) => service.id);

/** `name=example` for every variable of every service. */
export const VAR_EXAMPLES = SERVICES.flatMap((service) => serviceVariables(service).map((spec) => `${spec.name}=${spec.example}`));

/** Each service with its required variables at their examples: a setup expandService accepts. */
export const SETUPS = SERVICES.map((service) => ({
  domain: 'example.com',
  service: service.id,
  vars: Object.fromEntries(serviceVariables(service).filter((spec) => spec.required).map((spec) => [spec.name, spec.example])),
}));

export const CODES = SETUPS.flatMap((setup) => [encodeShareCode(setup, 'dsa2'), encodeShareCode(setup, 'dsa1')]);

export const PASTES: string[] = Object.values(pastes);

const ZONES_DIR = 'test/data/zones/own';
export const ZONE_FILES = readdirSync(ZONES_DIR)
  .filter((name) => name.endsWith('.zone'))
  .map((name) => readFileSync(join(ZONES_DIR, name), 'utf8'));

const TEMPLATES_DIR = 'test/data/domain-connect/templates';
export const TEMPLATES = readdirSync(TEMPLATES_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => readFileSync(join(TEMPLATES_DIR, name), 'utf8'));
