import { readInstant } from '../timeline/instant';

/**
 * What one property must look like. Strings must be non-empty unless `emptyOk`. `expected`
 * replaces the generated wording where a list or a pattern would not tell a reader what to write
 * (17 region codes, a regular expression).
 */
export type FieldRule = { optional?: boolean; expected?: string } & (
  | { type: 'string'; nullable?: boolean; emptyOk?: boolean; pattern?: RegExp }
  | { type: 'boolean' }
  | { type: 'number' }
  | { type: 'enum'; values: readonly string[]; nullable?: boolean }
  /** ISO 8601 with an offset, read by the timeline's own parser (src/timeline/instant.ts). */
  | { type: 'instant' }
);

/** The value a rule admits, so that a rule table can be checked against the interface it guards. */
type ValueOf<R> = R extends { type: 'enum'; values: readonly (infer V)[] }
  ? V | (R extends { nullable: true } ? null : never)
  : R extends { type: 'string' | 'instant' }
    ? string | (R extends { nullable: true } ? null : never)
    : R extends { type: 'boolean' }
      ? boolean
      : R extends { type: 'number' }
        ? number
        : never;

type OptionalKeys<Rules> = { [K in keyof Rules]: Rules[K] extends { optional: true } ? K : never }[keyof Rules];

/** The properties object a rule table describes. */
export type PropertiesOf<Rules> = { [K in Exclude<keyof Rules, OptionalKeys<Rules>>]: ValueOf<Rules[K]> } & {
  [K in OptionalKeys<Rules>]?: ValueOf<Rules[K]>;
};

/**
 * `true` only when `Rules` describes `P` exactly (keys, value types, optionality), so a schema
 * table and its TypeScript interface cannot drift apart: `Expect<RulesDescribe<typeof rules, P>>`.
 */
export type RulesDescribe<Rules, P> = [PropertiesOf<Rules>] extends [P] ? ([P] extends [PropertiesOf<Rules>] ? true : false) : false;

/** A compile-time assertion: `Expect<false>` is a type error. */
export type Expect<T extends true> = T;

/**
 * Checks `properties` against `rules` and returns one sentence per problem, naming the field and
 * what it holds. Callers put the file and feature in front; parsers throw the first, tests/geo
 * lists them all.
 * @example checkFields({ utc_offset: '+07:00' }, { utc_offset: { type: 'enum', values: ['+05:00', '+06:00'] } })
 *   // → ['utc_offset must be one of "+05:00", "+06:00" (got "+07:00")']
 */
export function checkFields(properties: Record<string, unknown>, rules: Readonly<Record<string, FieldRule>>): string[] {
  const problems: string[] = [];
  for (const [key, rule] of Object.entries(rules)) {
    const value = properties[key];
    if (value === undefined && rule.optional) continue;
    const wrong = value === undefined ? describeRule(rule) : mismatch(value, rule);
    if (wrong) problems.push(`${key} must be ${wrong} (${value === undefined ? 'missing' : `got ${show(value)}`})`);
  }
  return problems;
}

/** JSON, except for the numbers JSON cannot write (Infinity, NaN would read as null). */
function show(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** @returns what was expected, or null when the value fits the rule */
function mismatch(value: unknown, rule: FieldRule): string | null {
  if (value === null) return 'nullable' in rule && rule.nullable ? null : describeRule(rule);
  switch (rule.type) {
    case 'string':
      if (typeof value !== 'string' || (value.trim() === '' && !rule.emptyOk) || (rule.pattern && !rule.pattern.test(value))) {
        return describeRule(rule);
      }
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : describeRule(rule);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : describeRule(rule);
    case 'enum':
      return typeof value === 'string' && rule.values.includes(value) ? null : describeRule(rule);
    case 'instant': {
      const result = typeof value === 'string' ? readInstant(value) : null;
      if (result?.ok) return null;
      return result?.reason === 'calendar' ? 'a real calendar date and time' : describeRule(rule);
    }
  }
}

function describeRule(rule: FieldRule): string {
  const orNull = 'nullable' in rule && rule.nullable ? ' or null' : '';
  if (rule.expected) return rule.expected;
  switch (rule.type) {
    case 'string':
      return `${rule.pattern ? `a string matching ${rule.pattern}` : rule.emptyOk ? 'a string' : 'a non-empty string'}${orNull}`;
    case 'boolean':
      return 'true or false';
    case 'number':
      return 'a finite number';
    case 'enum':
      return `one of ${rule.values.map((v) => JSON.stringify(v)).join(', ')}${orNull}`;
    case 'instant':
      return 'ISO 8601 with an offset, e.g. 2022-01-05T01:30+06:00';
  }
}
