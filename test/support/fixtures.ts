import { TEST_PASSWORD, type TestServer } from './server.js';

/** A small world built through the API: a district with two communes and four officials. */
export interface World {
  district: string;
  communeA: string;
  communeB: string;
  office: string;
  chairman: string;
  headA: string;
  officialA: string;
  officialB: string;
}

async function create(server: TestServer, mutation: string, variables: Record<string, unknown>): Promise<string> {
  const res = await server.gql(mutation, variables);
  if (res.errors) throw new Error(`fixture failed: ${JSON.stringify(res.errors)}`);
  return (Object.values(res.data as object)[0] as { id: string }).id;
}

const UNIT = `mutation($code: String!, $name: String!, $kind: UnitKind!, $parentId: ID) {
  createUnit(code: $code, name: $name, kind: $kind, parentId: $parentId) { id } }`;
const OFFICIAL = `mutation($fullName: String!) { createOfficial(fullName: $fullName, category: CONG_CHUC) { id } }`;
const POST = `mutation($officialId: ID!, $unitId: ID!, $role: PostRole!) {
  createOfficialAssignment(officialId: $officialId, unitId: $unitId, position: "Công chức", role: $role, dutyGroup: OTHER, validFrom: "2020-01-01") { id } }`;

const ACCOUNT = `mutation($username: String!, $officialId: ID) { createAccount(username: $username, password: "${TEST_PASSWORD}", officialId: $officialId) { id } }`;
const GRANT = `mutation($accountId: ID!, $role: Role!, $unitId: ID!) { createAccountRole(accountId: $accountId, role: $role, unitId: $unitId) { id } }`;

/** An account for an official with one role over one unit, signed in and registered on the server. */
export async function accountFor(server: TestServer, username: string, officialId: string | null, role: string, unitId: string): Promise<string> {
  const accountId = await create(server, ACCOUNT, { username, officialId });
  await create(server, GRANT, { accountId, role, unitId });
  // a new account's password is temporary: choose it (the same one) so that the account can work
  const first = await server.login(username, TEST_PASSWORD);
  const res = await server.gql(`mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "${TEST_PASSWORD}") { token } }`, {}, { token: first });
  if (res.errors) throw new Error(`fixture failed: ${JSON.stringify(res.errors)}`);
  const token = res.data.changePassword.token as string;
  if (officialId) server.register(officialId, token);
  return token;
}

export async function buildWorld(server: TestServer): Promise<World> {
  const district = await create(server, UNIT, { code: 'D', name: 'UBND huyện Thử Nghiệm', kind: 'DISTRICT', parentId: server.rootUnitId });
  const communeA = await create(server, UNIT, { code: 'D-A', name: 'Xã Đồng Ánh', kind: 'COMMUNE', parentId: district });
  const communeB = await create(server, UNIT, { code: 'D-B', name: 'Xã Bản Bó', kind: 'COMMUNE', parentId: district });
  const office = await create(server, UNIT, { code: 'D-NV', name: 'Phòng Nội vụ', kind: 'DISTRICT_OFFICE', parentId: district });
  const chairman = await create(server, OFFICIAL, { fullName: 'Nguyễn Ngọc Chủ' });
  const headA = await create(server, OFFICIAL, { fullName: 'Hoàng Thị Thủy' });
  const officialA = await create(server, OFFICIAL, { fullName: 'Nguyễn Văn Ấn' });
  const officialB = await create(server, OFFICIAL, { fullName: 'Lý Thị Bình' });
  await create(server, POST, { officialId: chairman, unitId: district, role: 'HEAD' });
  await create(server, POST, { officialId: headA, unitId: communeA, role: 'HEAD' });
  await create(server, POST, { officialId: officialA, unitId: communeA, role: 'MEMBER' });
  await create(server, POST, { officialId: officialB, unitId: communeB, role: 'MEMBER' });
  await accountFor(server, 'chutich', chairman, 'LEADER', district);
  await accountFor(server, 'truongxa-a', headA, 'HEAD', communeA);
  await accountFor(server, 'canbo-a', officialA, 'OFFICIAL', communeA);
  await accountFor(server, 'canbo-b', officialB, 'OFFICIAL', communeB);
  return { district, communeA, communeB, office, chairman, headA, officialA, officialB };
}

export const TASK_FIELDS = `id title description state timeliness deadline originalDeadline startDate percentDone version
  reportedDoneOn completedOn exceeded returnCount leadUnitId responsibleOfficialId coordinatingUnitIds assigneeIds weight`;

export const CREATE_TASK = `mutation($title: String!, $leadUnitId: ID!, $deadline: LocalDate, $startDate: LocalDate,
  $coordinatingUnitIds: [ID!], $assigneeIds: [ID!], $responsibleOfficialId: ID, $description: String, $weight: Int, $directiveId: ID) {
  createTask(title: $title, leadUnitId: $leadUnitId, deadline: $deadline, startDate: $startDate,
    coordinatingUnitIds: $coordinatingUnitIds, assigneeIds: $assigneeIds, responsibleOfficialId: $responsibleOfficialId,
    description: $description, weight: $weight, directiveId: $directiveId) { ${TASK_FIELDS} } }`;

export const REPORT = `mutation($taskId: ID!, $state: TaskState!, $percentDone: Int, $note: String, $evidenceLinks: [String!]) {
  createTaskUpdate(taskId: $taskId, state: $state, percentDone: $percentDone, note: $note, evidenceLinks: $evidenceLinks) { id state percentDone reportedOn } }`;

export const ACCEPT = `mutation($id: ID!, $version: Int, $exceeded: Boolean) { acceptTask(id: $id, version: $version, exceeded: $exceeded) { ${TASK_FIELDS} } }`;
export const RETURN = `mutation($id: ID!, $reason: String!) { returnTask(id: $id, reason: $reason) { ${TASK_FIELDS} } }`;
export const GET_TASK = `query($id: ID!) { Task(id: $id) { ${TASK_FIELDS} } }`;
export const HISTORY = `query($taskId: ID!) { allTaskEvents(filter: { taskId: $taskId }, perPage: 1000) { id action field before after reason actorOfficialId at } }`;

/** Sets the test clock to a Vietnam wall-clock time, e.g. vietnamTime('2023-11-08', '23:59:59'). */
export function vietnamTime(date: string, time = '09:00:00'): string {
  return new Date(`${date}T${time}+07:00`).toISOString();
}
