import DirectiveIcon from '@mui/icons-material/Campaign';
import type { RaRecord } from 'react-admin';
import { DirectiveCreate } from './DirectiveCreate.js';
import { DirectiveEdit } from './DirectiveEdit.js';
import { DirectiveList } from './DirectiveList.js';
import { DirectiveShow } from './DirectiveShow.js';

const SHORT = 80;

export default {
  list: DirectiveList,
  show: DirectiveShow,
  edit: DirectiveEdit,
  create: DirectiveCreate,
  icon: DirectiveIcon,
  recordRepresentation: (record: RaRecord) =>
    `${record.number}. ${record.text.length > SHORT ? `${record.text.slice(0, SHORT)}…` : record.text}`,
};
