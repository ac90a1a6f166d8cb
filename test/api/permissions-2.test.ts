import { permissionSuite } from '../support/permission-table.js';

// The other half of the permission table, on a server of its own so both halves run side by side.
permissionSuite('second');
