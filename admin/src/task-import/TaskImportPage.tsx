import { useDataProvider } from 'react-admin';
import { FileImportPage } from '../common/FileImportPage.js';
import type { AppDataProvider } from '../providers/index.js';

/**
 * Importing tasks (a plan, a list agreed at a meeting) from the .xlsx template or a CSV: one
 * row per task, units by their codes, dates as dd/MM/yyyy; all rows are saved or none.
 */
export const TaskImportPage = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  return (
    <FileImportPage
      title="app.task.import.title"
      intro="app.task.import.intro"
      templates={[{ label: 'app.import.templateXlsx', load: async () => (await dataProvider.taskImportTemplate()).data }]}
      run={async (file) => (await dataProvider.importTasks(file)).data}
    />
  );
};
