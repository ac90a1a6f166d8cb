import { AutocompleteInput, ReferenceInput } from 'react-admin';

/** The official the account signs in as: their name goes into the history of what they do. */
export const OfficialInput = () => (
  <ReferenceInput source="officialId" reference="Official" sort={{ field: 'fullName', order: 'ASC' }}>
    <AutocompleteInput fullWidth helperText={false} emptyText="app.account.noOfficial" />
  </ReferenceInput>
);
