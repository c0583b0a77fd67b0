import type { ServiceTemplate, VariableSpec } from '../types.js';
import { applyTemplate } from './apply-template.js';
import { dcServiceId } from './service-id.js';
import type { DcTemplate } from './template-types.js';
import { templateVariableNames } from './template-variables.js';

/**
 * An imported template as a service of the catalog: the popup lists it, asks for its variables
 * and expands it like a built-in one (expand.ts hands it to applyTemplate). Its texts are the
 * template author's, in the one language the template has.
 */
export function serviceFromTemplate(template: DcTemplate): ServiceTemplate {
  const description = template.description ?? template.serviceName;
  return {
    id: dcServiceId(template),
    name: template.serviceName,
    provider: template.providerName,
    providerDomain: template.providerId,
    description: { en: description, fr: description },
    variables: templateVariableNames(template.records).map((name): VariableSpec => ({
      name,
      label: { en: name, fr: name },
      kind: 'text',
      required: true,
      example: '',
      description: {
        en: `The value of %${name}% in ${template.providerName}'s template${template.variableDescription ? ` (${template.variableDescription})` : ''}.`,
        fr: `La valeur de %${name}% dans le modèle de ${template.providerName}${template.variableDescription ? ` (${template.variableDescription})` : ''}.`,
      },
    })),
    records: [],
    domainConnect: template,
    expandTemplate: (domain, vars) => applyTemplate(template, { domain, vars }),
  };
}
