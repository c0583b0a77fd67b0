import type { ComponentChildren } from 'preact';
import { useContext, useState } from 'preact/hooks';
import type { Lang, Localized } from '../../i18n/lang.js';
import { cleanPastedName } from '../../records/clean-pasted-name.js';
import { allServices, serviceName } from '../../services/index.js';
import { serviceVariables } from '../../services/service-variables.js';
import type { ServiceTemplate, VariableKind, VariableSpec } from '../../services/types.js';
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
  /** The setup was complete when the UI opened: the form folds into its one-line summary. */
  folded?: boolean;
  /** Said under the domain field (a saved setup offered or restored). */
  domainNote?: ComponentChildren;
}

/**
 * Kinds whose values are host names: a pasted address (`https://ex5.mail.ovh.net/owa`) is cleaned to
 * its host. Not `relative-or-absolute-name`, where a final dot means something.
 */
const NAME_KINDS: ReadonlySet<VariableKind> = new Set(['hostname', 'm365-mx', 'm365-dkim-target']);

/** "Hosted Exchange · example.com · ex5.mail.ovh.net": what a complete setup is, on one line. */
function summaryLine(props: Props, variables: readonly VariableSpec[], lang: Lang): string {
  const required = variables.filter((spec) => spec.required).map((spec) => props.vars[spec.name]?.trim() ?? '').filter((value) => value !== '');
  return [serviceName(props.serviceId, lang), props.domain.trim(), ...required].join(' · ');
}

/**
 * Domain, service picker and the service's required values; the optional ones fold under "More
 * options". Labels are the human ones (the variable names are the CLI's). Validated as the user types.
 */
export function SetupForm(props: Props) {
  const t = useText();
  const { lang } = useContext(Ui);
  // Empty required fields only complain once the user has been there.
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [cleaned, setCleaned] = useState<Record<string, string>>({});
  const touch = (name: string) => setTouched((old) => new Set(old).add(name));
  const domainShown = props.domain.trim() !== '' || touched.has('domain');
  const variables = props.service ? serviceVariables(props.service) : [];
  const required = variables.filter((spec) => spec.required);
  const optional = variables.filter((spec) => !spec.required);
  // An internationalised domain: say how DNS (and the lists below) spell it.
  const idn = props.domainProblems.length === 0 ? idnSpellings(props.domain) : undefined;

  /** A paste (or a field left) with a scheme, a path or a final dot keeps the name alone, and says so. */
  const clean = (field: string, raw: string, set: (value: string) => void) => {
    const result = cleanPastedName(raw);
    const changed = result.removed.some((what) => what !== 'spaces');
    setCleaned((old) => ({ ...old, [field]: changed ? result.value : '' }));
    if (result.value !== raw) set(result.value);
  };
  const cleanedNote = (field: string) => cleaned[field] ? ` ${t('cleanedValue', { value: cleaned[field]! })}` : '';

  const field = (spec: VariableSpec) => {
    const value = props.vars[spec.name] ?? '';
    const problems = props.varProblems[spec.name] ?? [];
    const shown = value.trim() !== '' || touched.has(spec.name);
    const id = `var-${spec.name}`;
    const set = (next: string) => props.onVar(spec.name, next);
    const isName = NAME_KINDS.has(spec.kind);
    return (
      <div class="field" key={spec.name}>
        <label for={id}>{spec.label[lang]}</label>
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
          onInput={(event) => {
            const raw = event.currentTarget.value;
            if (isName && (event as InputEvent).inputType === 'insertFromPaste') clean(spec.name, raw, set);
            else set(raw);
          }}
          onBlur={(event) => (touch(spec.name), isName && clean(spec.name, event.currentTarget.value, set))}
        />
        <p id={`${id}-help`} class="help">
          {spec.description[lang]} {t('example', { example: spec.example })}
          {cleanedNote(spec.name)}
        </p>
        {shown && <ProblemList id={`${id}-problems`} problems={problems} />}
      </div>
    );
  };

  const form = (
    <>
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
          onInput={(event) => {
            const raw = event.currentTarget.value;
            if ((event as InputEvent).inputType === 'insertFromPaste') clean('domain', raw, props.onDomain);
            else props.onDomain(raw);
          }}
          onBlur={(event) => {
            touch('domain');
            clean('domain', event.currentTarget.value, props.onDomain);
            props.onDomainCommit();
          }}
          onKeyDown={(event) => event.key === 'Enter' && (clean('domain', event.currentTarget.value, props.onDomain), props.onDomainCommit())}
        />
        <p id="domain-help" class="help">
          {props.pageSite ? t('domainFromPage', { site: props.pageSite }) : ''}
          {idn && ` ${t('domainIdn', idn)}`}
          {cleanedNote('domain')}
        </p>
        {props.domainNote}
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
      {required.map(field)}
      {optional.length > 0 && (
        <Disclosure
          id="fold-more-options"
          class="values-fold"
          summary={t('moreOptions', { filled: String(optional.filter((spec) => (props.vars[spec.name] ?? '').trim() !== '').length), total: String(optional.length) })}
        >
          {optional.map(field)}
        </Disclosure>
      )}
    </>
  );

  return (
    <section aria-labelledby="setup-heading" class="setup">
      {props.folded ? (
        // Complete when the UI opened: one line says what it is, the form one click away.
        <Disclosure id="fold-setup" class="setup-fold" remember={false} summary={<h2 id="setup-heading" class="setup-line">{t('setupDone', { line: summaryLine(props, variables, lang) })}</h2>}>
          {form}
        </Disclosure>
      ) : (
        <>
          <h2 id="setup-heading">{t('setupHeading')}</h2>
          {form}
        </>
      )}
    </section>
  );
}
