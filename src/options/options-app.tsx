import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Localized } from '../i18n/lang.js';
import { MessageError, send } from '../messages/client.js';
import type { Options } from '../messages/types.js';
import { ProblemList } from '../popup/components/problem-list.js';
import { uiLanguage } from '../popup/language.js';
import { Ui } from '../popup/ui-context.js';
import { text } from '../popup/ui-text.js';
import { MAX_TTL, MIN_TTL } from '../storage/options.js';
import { parseResolverUrl, resolverOriginPattern } from '../dns/resolver-url.js';

/** Resolvers (any RFC 8484 URL, host permission asked when added), default TTL, language. */
export function OptionsApp({ initial }: { initial: Options }) {
  const [options, setOptions] = useState(initial);
  const [newUrl, setNewUrl] = useState('');
  const [ttl, setTtl] = useState(String(initial.defaultTtl));
  const [problems, setProblems] = useState<Localized[]>([]);
  // A key, not a sentence: the language may change with the very save it reports.
  const [status, setStatus] = useState<'saved' | ''>('');
  const lang = uiLanguage(options.language, navigator.languages);
  const t = (key: Parameters<typeof text>[1], params?: Record<string, string | number>) => text(lang, key, params);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('optionsTitle');
  }, [lang]);

  const save = async (next: Options) => {
    try {
      const saved = await send('set-options', { options: next });
      setOptions(saved);
      setProblems([]);
      setStatus('saved');
    } catch (error) {
      setProblems([error instanceof MessageError ? error.localized : { en: String(error), fr: String(error) }]);
    }
  };

  const addResolver = async () => {
    const parsed = parseResolverUrl(newUrl);
    if (!parsed.ok) return setProblems([parsed.problem]);
    const origin = resolverOriginPattern(parsed.url);
    // Asked first, inside the click: browsers grant permissions only during a user gesture.
    const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
    if (!granted) return setProblems([{ en: text('en', 'permissionDenied', { origin }), fr: text('fr', 'permissionDenied', { origin }) }]);
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
                  onClick={() => void save({ ...options, resolvers: options.resolvers.filter((other) => other !== url) })}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
          <form
            class="field"
            onSubmit={(event) => {
              event.preventDefault();
              void addResolver();
            }}
          >
            <label for="resolver-url">{t('resolverUrl')}</label>
            <div class="inline">
              <input id="resolver-url" type="url" placeholder="https://dns.example/dns-query" value={newUrl} onInput={(event) => setNewUrl(event.currentTarget.value)} />
              <button type="submit">{t('resolverAdd')}</button>
            </div>
          </form>
        </section>
        <section aria-labelledby="general-heading">
          <h2 id="general-heading">{t("generalHeading")}</h2>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void save({ ...options, defaultTtl: Number(ttl) });
            }}
          >
            <div class="field">
              <label for="ttl">{t('ttlLabel')}</label>
              <input id="ttl" type="number" min={MIN_TTL} max={MAX_TTL} step={1} value={ttl} onInput={(event) => setTtl(event.currentTarget.value)} />
            </div>
            <div class="field">
              <label for="language">{t('languageLabel')}</label>
              <select id="language" value={options.language} onChange={(event) => void save({ ...options, language: event.currentTarget.value as Options['language'] })}>
                <option value="auto">{t('languageAuto')}</option>
                <option value="en">English</option>
                <option value="fr">Français</option>
              </select>
            </div>
            <button type="submit" class="primary">
              {t('save')}
            </button>
          </form>
        </section>
        <p class="status" role="status" aria-live="polite">
          {status && t(status)}
        </p>
      </div>
    </Ui.Provider>
  );
}
