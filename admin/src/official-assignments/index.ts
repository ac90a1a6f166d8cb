import PostIcon from '@mui/icons-material/WorkHistory';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazy-page.js';
const OfficialAssignmentCreate = lazyPage(() => import('./OfficialAssignmentCreate.js'), 'OfficialAssignmentCreate');
const OfficialAssignmentEdit = lazyPage(() => import('./OfficialAssignmentEdit.js'), 'OfficialAssignmentEdit');

/** Posts are listed on their official's page; this resource only edits them. */
export default {
  edit: OfficialAssignmentEdit,
  create: OfficialAssignmentCreate,
  icon: PostIcon,
  recordRepresentation: (record: RaRecord) => record.position,
};
