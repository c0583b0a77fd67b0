import { hasOnlyKeys, isPlainObject, isShortString, isTabId } from './guards.js';

/**
 * A type and its runtime check from one declaration, for data that crosses a messaging boundary
 * (nothing there is trusted). `check` lists what is wrong, in short English for refusals and
 * logs (empty when the value is a T); the type is only carried, never set.
 */
export interface Schema<T> {
  check(value: unknown): string[];
  readonly type?: T;
}

/** A key an object may leave out. */
export interface Optional<T> extends Schema<T | undefined> {
  readonly optional: true;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? K : never }[keyof S];
type ObjectOf<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> };
type Flat<T> = { [K in keyof T]: T[K] };

/** A check written by hand, or one a lower layer already has (`setupFromJson`, `isWireTarget`…). */
export function schema<T>(check: (value: unknown) => string[]): Schema<T> {
  return { check };
}

/** A predicate with the problem to report when it fails. */
export function guard<T>(is: (value: unknown) => boolean, problem: string): Schema<T> {
  return { check: (value) => (is(value) ? [] : [problem]) };
}

export const tabId = guard<number>(isTabId, 'a tab id expected');
export const text = (max: number, what = 'text'): Schema<string> => guard((value) => isShortString(value, max), `${what} of at most ${max} characters expected`);

export function optional<T>(inner: Schema<T>): Optional<T> {
  return { optional: true, check: (value) => (value === undefined ? [] : inner.check(value)) };
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return { check: (value) => (value === null ? [] : inner.check(value)) };
}

/** An object with exactly these keys (optional ones may be missing), each value checked. */
export function object<S extends Shape>(shape: S): Schema<Flat<ObjectOf<S>>> {
  const keys = Object.keys(shape);
  return {
    check(value) {
      if (!isPlainObject(value)) return ['an object expected'];
      if (!hasOnlyKeys(value, keys)) return [`only ${keys.join(', ') || 'no keys'} expected`];
      return keys.flatMap((key) => shape[key]!.check(value[key]).map((problem) => `${key}: ${problem}`));
    },
  };
}
