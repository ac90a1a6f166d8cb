import { Initial1795726603616 } from './1795726603616-Initial.js';

/** Applied in this order; never edit one that has shipped, add a new one. */
export const mariadbMigrations = [Initial1795726603616];
