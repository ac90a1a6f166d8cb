/** A nested message catalogue: strings at the leaves. */
export interface Catalogue {
  [key: string]: string | Catalogue;
}

/** Merges catalogues left to right: later leaves win, nested objects merge. Inputs are not changed. */
export function deepMerge(...catalogues: Catalogue[]): Catalogue {
  const result: Catalogue = {};
  for (const catalogue of catalogues) {
    for (const [key, value] of Object.entries(catalogue)) {
      const current = result[key];
      result[key] =
        typeof value === 'object' && typeof current === 'object' ? deepMerge(current, value) : typeof value === 'object' ? deepMerge(value) : value;
    }
  }
  return result;
}

/** Every leaf's dotted path, sorted: what two catalogues are compared on. */
export function leafPaths(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue)
    .flatMap(([key, value]) => (typeof value === 'object' ? leafPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`]))
    .sort();
}
