/** "{name}" placeholders filled from params; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, params?: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

export type Filler<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/** A table of {name} templates as a function: `fill(table)("summary", { ranked: 10 })`. */
export function filler<K extends string>(table: Readonly<Record<K, string>>): Filler<K> {
  return (key, params) => interpolate(table[key], params);
}
