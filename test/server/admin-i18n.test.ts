import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { leafPaths, type Catalogue } from '../../admin/src/i18n/deep-merge.js';
import { english, LABELLED_ENUMS, vietnamese, vietnameseOwn } from '../../admin/src/i18n/messages.js';

// The panel's catalogues against each other and against the committed API schema: a key or an
// enum value without a label would show English, or a raw code, to a Vietnamese user.
const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8'));

function leaf(catalogue: Catalogue, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Catalogue)[key] : undefined), catalogue);
}

describe('admin message catalogues', () => {
  it('has every English key in Vietnamese, written in Vietnamese rather than filled in from English', () => {
    const own = new Set(leafPaths(vietnameseOwn));
    expect(leafPaths(english).filter((key) => !own.has(key))).toEqual([]);
  });

  it('has every Vietnamese key in English', () => {
    const en = new Set(leafPaths(english));
    expect(leafPaths(vietnamese).filter((key) => !en.has(key))).toEqual([]);
  });

  it('has no empty texts', () => {
    for (const [name, catalogue] of Object.entries({ english, vietnamese })) {
      // `ra.boolean.null` is a deliberate blank.
      const empty = leafPaths(catalogue).filter((key) => key !== 'ra.boolean.null' && !String(leaf(catalogue, key)).trim());
      expect(empty, name).toEqual([]);
    }
  });

  it.each(LABELLED_ENUMS)('labels every value of %s in both languages', (enumName) => {
    const type = schema.getType(enumName);
    if (!isEnumType(type)) throw new Error(`${enumName} is not an enum in schema/schema.graphql`);
    const values = type.getValues().map((v) => v.name);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      for (const [name, catalogue] of Object.entries({ english, vietnameseOwn })) {
        const label = leaf(catalogue, `enums.${enumName}.${value}`);
        expect(typeof label === 'string' && label.trim().length > 0, `${name}: enums.${enumName}.${value}`).toBe(true);
      }
    }
    // Labels only for values the API has: a renamed value must not leave a stale label behind.
    expect(Object.keys(leaf(english, `enums.${enumName}`) as Catalogue).sort()).toEqual([...values].sort());
    expect(Object.keys(leaf(vietnamese, `enums.${enumName}`) as Catalogue).sort()).toEqual([...values].sort());
  });

  it('translates the enum labels rather than copying the English ones', () => {
    const same = LABELLED_ENUMS.flatMap((enumName) =>
      Object.entries(leaf(english, `enums.${enumName}`) as Catalogue)
        .filter(([value, label]) => leaf(vietnamese, `enums.${enumName}.${value}`) === label)
        .map(([value]) => `${enumName}.${value}`),
    );
    expect(same).toEqual([]);
  });
});
