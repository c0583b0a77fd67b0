import { useState } from 'preact/hooks';
import type { Localized } from '../../i18n/lang.js';
import { allServices, serviceName } from '../../services/index.js';
import { serviceVariables } from '../../services/expand.js';
import type { ServiceTemplate } from '../../services/types.js';
import { useContext } from 'preact/hooks';
import { Ui, useText } from '../../ui/ui-context.js';
import { idnSpellings } from '../idn-spelling.js';
import { Disclosure } from './disclosure.js';
import { ProblemList } from '../../ui/problem-list.js';

interface Props {
  domain: string;
  domainProblems: Localized[];
  pageSite?: string;
  service?: ServiceTemplate;
  serviceId: string;
  vars: Record<string, string>;
  varProblems: Record<string, Localized[]>;
  onDomain(domain: string): void;
  onDomainCommit(): void;
  onService(serviceId: string): void;
  onVar(name: string, value: string): void;
  /** Fold the service's values (the setup was complete when the UI opened and other sections come first). */
  valuesFolded?: boolean;
}

/** Domain, service picker and the service's variables, validated as the user types. */
export function SetupForm(props: Props) {
  const t = useText();
  const { lang } = useContext(Ui);
  // Empty required fields only complain once the user has been there.
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const touch = (name: string) => setTouched((old) => new Set(old).add(name));
  const domainShown = props.domain.trim() !== '' || touched.has('domain');
  const variables = props.service ? serviceVariables(props.service) : [];
  // An internationalised domain: say how DNS (and the lists below) spell it.
  const idn = props.domainProblems.length === 0 ? idnSpellings(props.domain) : undefined;

  return (
    <section aria-labelledby="setup-heading">
      <h2 id="setup-heading">{t('setupHeading')}</h2>
      <div class="field">
        <label for="domain">{t('domainLabel')}</label>
        <input
          id="domain"
          name="domain"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('domainHint')}
          value={props.domain}
          aria-invalid={domainShown && props.domainProblems.length > 0}
          aria-describedby="domain-help domain-problems"
          onInput={(event) => props.onDomain(event.currentTarget.value)}
          onBlur={() => {
            touch('domain');
            props.onDomainCommit();
          }}
          onKeyDown={(event) => event.key === 'Enter' && props.onDomainCommit()}
        />
        <p id="domain-help" class="help">
          {props.pageSite ? t('domainFromPage', { site: props.pageSite }) : ''}
          {idn && ` ${t('domainIdn', idn)}`}
        </p>
        {domainShown && <ProblemList id="domain-problems" problems={props.domainProblems} />}
      </div>
      <div class="field">
        <label for="service">{t('serviceLabel')}</label>
        <select id="service" name="service" value={props.serviceId} onChange={(event) => props.onService(event.currentTarget.value)}>
          <option value="">{t('servicePlaceholder')}</option>
          {allServices().map((service) => (
            <option key={service.id} value={service.id}>
              {serviceName(service.id, lang)}
            </option>
          ))}
        </select>
        {props.service && <p class="help">{props.service.description[lang]}</p>}
      </div>
      {props.service && (
        <Disclosure
          id="fold-values"
          class="values-fold"
          remember={false}
          defaultOpen={!props.valuesFolded}
          summary={t('variablesSummary', { filled: String(variables.filter((spec) => (props.vars[spec.name] ?? '').trim() !== '').length), total: String(variables.length) })}
        >
          <fieldset>
            <legend>{t('variablesHeading')}</legend>
            {variables.map((spec) => {
              const value = props.vars[spec.name] ?? '';
              const problems = props.varProblems[spec.name] ?? [];
              const shown = value.trim() !== '' || touched.has(spec.name);
              const id = `var-${spec.name}`;
              return (
                <div class="field" key={spec.name}>
                  <label for={id}>
                    {spec.label[lang]} <code class="muted">{spec.name}</code>{' '}
                    <span class="muted">({spec.required ? t('required') : t('optional')})</span>
                  </label>
                  <input
                    id={id}
                    name={spec.name}
                    type="text"
                    autoComplete="off"
                    spellcheck={false}
                    value={value}
                    placeholder={spec.default ?? spec.example}
                    aria-required={spec.required}
                    aria-invalid={shown && problems.length > 0}
                    aria-describedby={`${id}-help ${id}-problems`}
                    onInput={(event) => props.onVar(spec.name, event.currentTarget.value)}
                    onBlur={() => touch(spec.name)}
                  />
                  <p id={`${id}-help`} class="help">
                    {spec.description[lang]} {t('example', { example: spec.example })}
                  </p>
                  {shown && <ProblemList id={`${id}-problems`} problems={problems} />}
                </div>
              );
            })}
          </fieldset>
        </Disclosure>
      )}
    </section>
  );
}
