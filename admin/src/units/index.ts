import UnitIcon from '@mui/icons-material/AccountTree';
import type { RaRecord } from 'react-admin';
import { UnitCreate } from './UnitCreate.js';
import { UnitEdit } from './UnitEdit.js';
import { UnitList } from './UnitList.js';
import { UnitShow } from './UnitShow.js';

export default {
  list: UnitList,
  show: UnitShow,
  edit: UnitEdit,
  create: UnitCreate,
  icon: UnitIcon,
  recordRepresentation: (record: RaRecord) => record.name,
};
