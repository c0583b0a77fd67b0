import { useContext } from 'preact/hooks';
import type { Localized } from '../i18n/lang.js';
import { Ui } from './ui-context.js';

/** Sentences saying what is wrong and what to do; rendered as text, never as HTML. */
export function ProblemList({ problems, id, intro }: { problems: readonly Localized[]; id?: string; intro?: string }) {
  const { lang } = useContext(Ui);
  if (problems.length === 0) return null;
  return (
    <div class="problems" id={id} role="alert">
      {intro && <p>{intro}</p>}
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{problem[lang]}</li>
        ))}
      </ul>
    </div>
  );
}
