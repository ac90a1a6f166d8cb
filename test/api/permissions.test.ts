import { permissionSuite } from '../support/permission-table.js';

// Every operation × every role × own scope / other scope: see test/support/permission-table.ts.
permissionSuite('first');
