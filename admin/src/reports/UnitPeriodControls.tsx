import { Box } from '@mui/material';
import { AutocompleteInput, ReferenceInput } from 'react-admin';
import { LocalDateInput } from '../common/inputs.js';
import { scopeUnitFilter, type Permissions } from '../providers/can-access.js';

/** The unit picker (within the reader's scope) and the period (from / to) of the report pages. */
export const UnitPeriodControls = ({ permissions, period = true }: { permissions: Permissions; period?: boolean }) => (
  <>
    <Box sx={{ width: 380 }}>
      <ReferenceInput source="unitId" reference="Unit" sort={{ field: 'code', order: 'ASC' }} filter={scopeUnitFilter(permissions, ['LEADER', 'HR', 'HEAD'])}>
        <AutocompleteInput label="app.reports.unit" helperText={false} />
      </ReferenceInput>
    </Box>
    {period && (
      <>
        <Box sx={{ width: 170 }}>
          <LocalDateInput source="from" label="app.reports.from" helperText={false} />
        </Box>
        <Box sx={{ width: 170 }}>
          <LocalDateInput source="to" label="app.reports.to" helperText={false} />
        </Box>
      </>
    )}
  </>
);
