import type { Exporter } from 'react-admin';

/** The lists' CSV export, loaded with the first export rather than with the list. */
export const listExporter: Exporter = (records, fetchRelatedRecords, dataProvider, resource) =>
  import('./list-exporters.js').then((m) => m.exportList(records, fetchRelatedRecords, dataProvider, resource));
