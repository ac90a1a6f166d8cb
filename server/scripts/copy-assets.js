// tsc copies no data files: the catalogue and demo JSON travel with the build.
const fs = require('node:fs');
const path = require('node:path');
const from = path.join(__dirname, '..', 'src', 'assets');
const to = path.join(__dirname, '..', 'dist', 'assets');
if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
