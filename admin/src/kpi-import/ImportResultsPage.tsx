import { useDataProvider } from 'react-admin';
import { FileImportPage } from '../common/FileImportPage.js';
import type { AppDataProvider } from '../providers/index.js';

/** Importing KPI results (Decision 766): one row per unit and period, from CSV or XLSX. */
export const ImportResultsPage = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  return (
    <FileImportPage
      title="app.kpi.import.title"
      intro="app.kpi.import.intro"
      templates={[
        { label: 'app.import.templateCsv', load: async () => (await dataProvider.indicatorResultTemplate({ format: 'CSV' })).data },
        { label: 'app.import.templateXlsx', load: async () => (await dataProvider.indicatorResultTemplate({ format: 'XLSX' })).data },
      ]}
      run={async (file) => (await dataProvider.importIndicatorResults(file)).data}
    />
  );
};
