/** Durations as panels write them in TTL choices: "5 minutes", "1 hr", « 4 heures », "1 day", "3600". */
const UNITS: readonly [RegExp, number][] = [
  [/^(?:s|sec|secs|second|seconds|seconde|secondes)$/, 1],
  [/^(?:m|min|mins|minute|minutes)$/, 60],
  [/^(?:h|hr|hrs|hour|hours|heure|heures)$/, 3600],
  [/^(?:d|day|days|j|jour|jours)$/, 86400],
  [/^(?:w|wk|week|weeks|semaine|semaines)$/, 604800],
];

/** The seconds an option stands for, or undefined ("Auto", « Par défaut »). */
export function optionSeconds(text: string): number | undefined {
  const match = /^\s*(\d{1,7})\s*([a-zé]*)\.?\s*$/iu.exec(text.slice(0, 40));
  if (!match) return undefined;
  const count = Number(match[1]);
  if (match[2] === '') return count;
  const unit = UNITS.find(([pattern]) => pattern.test(match[2]!.toLowerCase()));
  return unit ? count * unit[1] : undefined;
}

/** The option nearest to `ttl` among those that name a duration, with its seconds. */
export function nearestOption<T>(options: readonly T[], textOf: (option: T) => string, ttl: number): { option: T; seconds: number } | undefined {
  let best: { option: T; seconds: number } | undefined;
  for (const option of options) {
    const seconds = optionSeconds(textOf(option));
    if (seconds === undefined) continue;
    if (!best || Math.abs(seconds - ttl) < Math.abs(best.seconds - ttl)) best = { option, seconds };
  }
  return best;
}
