import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from './graphql/schema.js';

/** `npm run schema`: writes schema/schema.graphql, which the admin and a test read. */
printAppSchema().then((sdl) => {
  const file = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');
  fs.writeFileSync(file, sdl);
  console.log(`wrote ${file}`);
});
