import { useEffect, useRef, useState } from 'preact/hooks';
import { extensionApi } from '../ext/browser.js';
import { type Localized, uiLanguage } from '../i18n/lang.js';
import { MessageError, send } from '../messages/client.js';
import type { Options } from '../messages/options.js';
import { ProblemList } from '../ui/problem-list.js';
import { Ui } from '../ui/ui-context.js';
import { localized } from '../i18n/format.js';
import { optionsText } from './options-text.js';
import { TemplateImport } from './template-import.js';
import { MAX_TTL, MIN_TTL, optionsProblems } from '../messages/options.js';
import { parseResolverUrl, resolverOriginPattern } from '../dns/resolver/url.js';

/** Resolvers (any RFC 8484 URL, host permission asked when added), default TTL, language. */
export function OptionsApp({ initial }: { initial: Options }) {
  const [options, setOptions] = useState(initial);
  const [newUrl, setNewUrl] = useState('');
  const [ttl, setTtl] = useState(String(initial.defaultTtl));
  const [problems, setProblems] = useState<Localized[]>([]);
  // A key, not a sentence: the language may change with the very save it reports.
  const [status, setStatus] = useState<{ key: 'saved' } | { key: 'permissionAsked'; origin: string } | null>(null);
  // Removing a resolver removes its button: the focus goes to the address field rather than to <body>.
  const urlField = useRef<HTMLInputElement>(null);
  const lang = uiLanguage(options.language, navigator.languages);
  const t = optionsText(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('optionsTitle');
  }, [lang]);

  const save = async (next: Options) => {
    // Checked here first: the same sentences as the background's, without its "internal message" wrapper.
    const refused = optionsProblems(next);
    if (refused.length > 0) {
      setStatus(null);
      return setProblems(refused);
    }
    try {
      const saved = await send('set-options', { options: next });
      setOptions(saved);
      setProblems([]);
      setStatus({ key: 'saved' });
    } catch (error) {
      setStatus(null);
      setProblems([error instanceof MessageError ? error.localized : { en: String(error), fr: String(error) }]);
    }
  };

  const addResolver = async () => {
    const parsed = parseResolverUrl(newUrl);
    setStatus(null);
    if (!parsed.ok) return setProblems([parsed.problem]);
    if (options.resolvers.includes(parsed.url)) {
      return setProblems([localized(optionsText.table.resolverDuplicate, { url: parsed.url })]);
    }
    const origin = resolverOriginPattern(parsed.url);
    // The browser shows its own prompt now: the old problem goes, and the status says what to do.
    setProblems([]);
    setStatus({ key: 'permissionAsked', origin });
    // Asked first, inside the click: browsers grant permissions only during a user gesture.
    const granted = await extensionApi().permissions.request({ origins: [origin] }).catch(() => false);
    if (!granted) {
      setStatus(null);
      return setProblems([localized(optionsText.table.permissionDenied, { origin })]);
    }
    setNewUrl('');
    await save({ ...options, resolvers: [...options.resolvers, parsed.url] });
  };

  return (
    <Ui.Provider value={{ lang, announce: () => undefined }}>
      <div class="app options">
        <h1>{t('optionsTitle')}</h1>
        <ProblemList problems={problems} />
        <section aria-labelledby="resolvers-heading">
          <h2 id="resolvers-heading">{t('resolversHeading')}</h2>
          <p class="help">{t('resolversHint')}</p>
          <ul class="resolvers">
            {options.resolvers.map((url) => (
              <li key={url} class="inline">
                <code class="mono">{url}</code>
                <button
                  type="button"
                  disabled={options.resolvers.length === 1}
                  aria-label={t('resolverRemove', { url })}
                  onClick={() => {
                    urlField.current?.focus();
                    void save({ ...options, resolvers: options.resolvers.filter((other) => other !== url) });
                  }}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
          {/* noValidate: our sentence (EN/FR, says what to do) instead of the browser's own bubble. */}
          <form
            class="field"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void addResolver();
            }}
          >
            <label for="resolver-url">{t('resolverUrl')}</label>
            <div class="inline">
              <input ref={urlField} id="resolver-url" type="url" placeholder="https://dns.example/dns-query" value={newUrl} onInput={(event) => setNewUrl(event.currentTarget.value)} />
              <button type="submit">{t('resolverAdd')}</button>
            </div>
          </form>
        </section>
        <section aria-labelledby="general-heading">
          <h2 id="general-heading">{t("generalHeading")}</h2>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              // An empty field is not 0 seconds: it is refused with the range to use.
              void save({ ...options, defaultTtl: ttl.trim() === '' ? Number.NaN : Number(ttl) });
            }}
          >
            <div class="field">
              <label for="ttl">{t('ttlLabel')}</label>
              <input id="ttl" type="number" min={MIN_TTL} max={MAX_TTL} step={1} value={ttl} onInput={(event) => (setTtl(event.currentTarget.value), setStatus(null))} />
            </div>
            <div class="field">
              <label for="language">{t('languageLabel')}</label>
              <select id="language" value={options.language} onChange={(event) => void save({ ...options, language: event.currentTarget.value as Options['language'] })}>
                <option value="auto">{t('languageAuto')}</option>
                {/* Each language named in itself, marked so (WCAG 3.1.2): a screen reader says it in its own voice. */}
                <option value="en" lang="en">English</option>
                <option value="fr" lang="fr">Français</option>
              </select>
            </div>
            <button type="submit" class="primary">
              {t('save')}
            </button>
          </form>
        </section>
        <p class="status" role="status" aria-live="polite">
          {status && (status.key === 'saved' ? t('saved') : t('permissionAsked', { origin: status.origin }))}
        </p>
        <TemplateImport lang={lang} />
      </div>
    </Ui.Provider>
  );
}
