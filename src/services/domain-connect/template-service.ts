import { localized } from '../../i18n/format.js';
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
    variables: [...templateVariableNames(template.records).map((name): VariableSpec => ({
      name,
      label: { en: name, fr: name },
      kind: 'text',
      required: true,
      example: '',
      description: {
        en: `The value of %${name}% in ${template.providerName}'s template${template.variableDescription ? ` (${template.variableDescription})` : ''}.`,
        fr: `La valeur de %${name}% dans le modèle de ${template.providerName}${template.variableDescription ? ` (${template.variableDescription})` : ''}.`,
      },
    })), hostVariable(template)],
    records: [],
    domainConnect: template,
    expandTemplate: (domain, vars) => {
      const { [HOST_VARIABLE]: host = '', ...own } = vars;
      const result = applyTemplate(template, { domain, host, vars: own });
      return result.ok && host.trim() !== '' ? { ok: true, set: { ...result.set, vars: { ...result.set.vars, [HOST_VARIABLE]: host } } } : result;
    },
  };
}

/**
 * The spec's `host` (the apply link's `host=`): where below the domain the template applies. A
 * variable of the imported service so the popup asks for it, required when the template says
 * `hostRequired` (a third of the official templates), optional otherwise. No template variable
 * can take this name: `%host%` is built in.
 */
const HOST_VARIABLE = 'host';

function hostVariable(template: DcTemplate): VariableSpec {
  return {
    name: HOST_VARIABLE,
    label: localized({ en: 'Sub-domain (host)', fr: 'Sous-domaine (host)' }),
    kind: 'relative-or-absolute-name',
    required: template.hostRequired === true,
    example: 'shop',
    description: template.hostRequired
      ? localized({ en: 'This template applies only below the domain: the name to set up, such as shop for shop.example.com.', fr: 'Ce modèle ne s’applique que sous le domaine : le nom à configurer, par exemple shop pour shop.example.com.' })
      : localized({ en: 'Leave empty to set up the domain itself; or the name below it to set up, such as shop for shop.example.com.', fr: 'Laissez vide pour configurer le domaine lui-même ; ou le nom à configurer sous lui, par exemple shop pour shop.example.com.' }),
  };
}
