import type { RaRecord } from 'react-admin';

/** Progress reports and history are shown on their task's page; registered for references only. */
export const taskUpdateResource = {
  recordRepresentation: (record: RaRecord) => record.note,
};

export const taskEventResource = {
  recordRepresentation: (record: RaRecord) => `${record.action} ${record.field ?? ''}`.trim(),
};
