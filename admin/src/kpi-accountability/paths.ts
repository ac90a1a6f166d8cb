/** The addresses of the index pages that are not resources. */
export const KPI_ACCOUNTABILITY_PATH = '/kpi/accountability';
export const KPI_IMPORT_PATH = '/kpi/import';
