import { BooleanInput, Create, FormDataConsumer, ReferenceInput, SelectInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import { LocalDateInput } from '../common/inputs.js';
import { IntegerInput } from '../common/number-inputs.js';
import { useScopeUnitFilter } from '../common/use-scope-unit-filter.js';

const year = new Date().getFullYear();

/** Above 20 per 100 the quota needs the decision that raised it (the server refuses otherwise). */
const decisionNeeded = (value: unknown, values: Record<string, unknown>) =>
  Number(values.quotaPercent ?? 20) > 20 && !(typeof value === 'string' && value.trim()) ? 'ra.validation.required' : undefined;

/** The self-assessment due date, when set, lies within the cycle (the server checks it from the opening day). */
const withinCycle = (value: unknown, values: Record<string, unknown>) => {
  if (typeof value !== 'string' || value === '') return undefined;
  const opens = String(values.opensOn ?? ''), closes = String(values.closesOn ?? '');
  return (opens && value < opens) || (closes && value > closes) ? 'app.evaluation.create.selfAssessByRange' : undefined;
};

/** HR opens a cycle over a unit of its scope: one evaluation per official posted there in the year. */
export const EvaluationCycleCreate = () => {
  const translate = useTranslate();
  const unitFilter = useScopeUnitFilter(['HR']);
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ year, opensOn: `${year}-12-01`, closesOn: `${year}-12-15`, quotaPercent: 20, quotaByDutyGroup: false }}>
        <IntegerInput source="year" validate={required()} min={2000} max={2100} />
        <ReferenceInput source="unitId" reference="Unit" filter={unitFilter} perPage={200}>
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <LocalDateInput source="opensOn" validate={required()} />
        <LocalDateInput source="closesOn" validate={required()} />
        <LocalDateInput source="selfAssessBy" validate={withinCycle} helperText={translate('app.evaluation.create.selfAssessByHint')} />
        <IntegerInput source="quotaPercent" min={20} max={100} helperText={translate('app.evaluation.create.quotaHint')} />
        <FormDataConsumer>
          {({ formData }) =>
            Number(formData.quotaPercent ?? 20) > 20 ? <TextInput source="quotaDecision" validate={decisionNeeded} fullWidth multiline /> : null
          }
        </FormDataConsumer>
        <BooleanInput source="quotaByDutyGroup" />
      </SimpleForm>
    </Create>
  );
};
