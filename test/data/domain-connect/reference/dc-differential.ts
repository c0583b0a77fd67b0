/**
 * Differential run, part 2: the reference implementation's answers written by
 * test/data/domain-connect/reference/run-differential.py, applied again with ours (the import
 * validation of the options page and `--template`, then applyTemplate and the fill plan) and
 * compared record by record. Prints the counts and every disagreement grouped by its sentence.
 *
 *   npx tsx test/data/domain-connect/reference/dc-differential.ts <Templates checkout> <reference out.json> [details.json]
 *
 * Reads templates that have no licence: nothing it writes goes into the repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { installUts46Table } from '../../../../src/records/names/uts46-install.js';
import { parseTemplate } from '../../../../src/services/domain-connect/parse-template.js';
import { compareWith } from '../../../unit/services/domain-connect/compare-with-reference.js';
import type { ReferenceRecord, ReferenceResult } from '../../../unit/services/domain-connect/reference-data.js';

const [templatesDir, outputsPath, detailsPath] = process.argv.slice(2);
if (!templatesDir || !outputsPath) throw new Error('Usage: tsx test/data/domain-connect/reference/dc-differential.ts <Templates checkout> <reference out.json> [details.json]');
installUts46Table(); // as the CLI does at start: names beyond ASCII need it
const outputs: { zones: Record<string, ReferenceRecord[]>; results: ReferenceResult[] } = JSON.parse(readFileSync(outputsPath, 'utf8'));
const { results, zones } = outputs;

const counts = { templates: 0, importRefused: 0, cases: 0, bothApplied: 0, bothRefused: 0, refusedByReference: 0, refusedByUs: 0, crashed: 0, compared: 0, agree: 0, inRefusedCases: 0, referenceOnly: 0, oursOnly: 0 };
/** A disagreement's sentence with its numbers and generated values masked → the templates showing it. */
const groups = new Map<string, Set<string>>();
const note = (kind: string, template: string) => {
  const key = kind.replace(/\d+/g, 'N').slice(0, 220);
  groups.set(key, (groups.get(key) ?? new Set()).add(template));
};

const parsed = new Map<string, ReturnType<typeof parseTemplate>>();
function templateOf(file: string) {
  if (!parsed.has(file)) {
    const result = parseTemplate(readFileSync(`${templatesDir}/${file}`, 'utf8'));
    parsed.set(file, result);
    counts.templates++;
    if (!result.ok) {
      counts.importRefused++;
      note(`import refused: ${result.problems.map((p) => p.en).join(' ')}`, file);
    }
  }
  return parsed.get(file)!;
}

for (const result of results) {
  counts.cases++;
  const template = templateOf(result.template);
  if (!template.ok) {
    if (!result.error) counts.refusedByUs++;
    else counts.bothRefused++;
    continue;
  }
  let ours: ReturnType<typeof compareWith>;
  try {
    ours = compareWith(template.template, result, zones[result.zone]!);
  } catch (error) {
    counts.crashed++;
    note(`we crashed: ${String(error)}`, result.template);
    continue;
  }
  if (result.error) {
    if (ours.refused) counts.bothRefused++;
    else {
      counts.refusedByReference++;
      note(`the reference refused, we applied: ${result.message}`, result.template);
    }
    continue;
  }
  const referenceKeys = [...ours.written.reference, ...ours.inTheWay.reference];
  counts.compared += referenceKeys.length;
  if (ours.refused) {
    counts.refusedByUs++;
    counts.inRefusedCases += referenceKeys.length;
    note(`we refused: ${ours.refused.join(' ')}`, result.template);
    continue;
  }
  counts.bothApplied++;
  for (const side of ['written', 'inTheWay'] as const) {
    const verb = side === 'written' ? 'writes' : 'deletes';
    for (const key of ours[side].reference) {
      if (ours[side].ours.includes(key)) counts.agree++;
      else {
        counts.referenceOnly++;
        note(`the reference ${verb}, we do not: ${key}`, result.template);
      }
    }
    for (const key of ours[side].ours.filter((k) => !ours[side].reference.includes(k))) {
      counts.oursOnly++;
      note(`we ${side === 'written' ? 'write' : 'flag'}, the reference does not: ${key}`, result.template);
    }
  }
}

console.log(JSON.stringify(counts));
const sorted = [...groups].sort((a, b) => b[1].size - a[1].size);
for (const [kind, templates] of sorted) console.log(`${String(templates.size).padStart(4)}  ${kind}  [${[...templates].slice(0, 3).join(', ')}]`);
if (detailsPath) writeFileSync(detailsPath, JSON.stringify(Object.fromEntries(sorted.map(([k, t]) => [k, [...t]])), null, 1));
