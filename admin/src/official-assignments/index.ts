import PostIcon from '@mui/icons-material/WorkHistory';
import type { RaRecord } from 'react-admin';
import { OfficialAssignmentCreate } from './OfficialAssignmentCreate.js';
import { OfficialAssignmentEdit } from './OfficialAssignmentEdit.js';

/** Posts are listed on their official's page; this resource only edits them. */
export default {
  edit: OfficialAssignmentEdit,
  create: OfficialAssignmentCreate,
  icon: PostIcon,
  recordRepresentation: (record: RaRecord) => record.position,
};
