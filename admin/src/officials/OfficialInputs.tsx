import { BooleanInput, TextInput, required } from 'react-admin';
import { EnumInput } from '../common/inputs.js';

/** The inputs shared by the official create and edit forms; posts are added from the official's page. */
export const OfficialInputs = () => (
  <>
    <TextInput source="fullName" validate={required()} fullWidth />
    <EnumInput source="category" enumName="OfficialCategory" validate={required()} />
    <BooleanInput source="isSample" />
  </>
);
