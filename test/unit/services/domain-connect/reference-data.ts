import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTemplate } from '../../../../src/services/domain-connect/parse-template.js';
import type { DcTemplate } from '../../../../src/services/domain-connect/template-types.js';

/** test/data/domain-connect/: the official templates and the reference implementation's outputs (README there). */
export const DATA = fileURLToPath(new URL('../../../data/domain-connect/', import.meta.url));

export function officialTemplate(file: string): DcTemplate {
  const parsed = parseTemplate(readFileSync(`${DATA}templates/${file}`, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => p.en).join(' ')}`);
  return parsed.template;
}

export interface ReferenceRecord {
  type: string;
  name: string;
  data: string;
  ttl?: number;
  priority?: number;
  weight?: number;
  port?: number;
  service?: string;
  protocol?: string;
}

export interface ReferenceResult {
  template: string;
  label: string;
  host: string;
  zone: 'empty' | 'existing';
  params: Record<string, string>;
  groups: string[] | null;
  new?: ReferenceRecord[];
  deleted?: ReferenceRecord[];
  error?: string;
  message?: string;
}

export interface ReferenceCases {
  domain: string;
  zones: Record<'empty' | 'existing', ReferenceRecord[]>;
}

const json = (path: string) => JSON.parse(readFileSync(`${DATA}${path}`, 'utf8'));
export const referenceCases: ReferenceCases = json('reference/cases.json');
export const referenceResults: ReferenceResult[] = json('reference/outputs.json').results;
