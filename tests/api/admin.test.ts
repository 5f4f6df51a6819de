import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { makeLearner } from '../support/learner.js';
import { logInAsDemo } from '../support/packages.js';
import { LOGIN_STEP_ONE, totpCode } from '../support/second-factor.js';
import { startStack, type Stack } from '../support/stack.js';

const ORGS = `{ adminOrganisations { id name slug memberCount } }`;
const CREATE_ORG = `mutation C($name: String!) { createOrganisation(name: $name) { id name slug } }`;
const RENAME_ORG = `mutation R($id: ID!, $name: String!) { renameOrganisation(id: $id, name: $name) { id name } }`;
const PEOPLE = `query P($search: String!) { adminPeople(search: $search) { id displayName email deactivatedAt secondFactorEnrolled memberships { id organisationName role } } }`;
const PERSON = `query P($id: ID!) { adminPerson(id: $id) { id displayName memberships { id organisationId role } } }`;
const ADD = `mutation A($input: AddMembershipInput!) { addMembership(input: $input) { memberships { id organisationId role } } }`;
const CHANGE = `mutation C($membershipId: ID!, $role: Role!) { changeMembershipRole(membershipId: $membershipId, role: $role) { memberships { role } } }`;
const DEACTIVATE = `mutation D($id: ID!) { deactivatePerson(id: $id) { deactivatedAt } }`;
const RESET = `mutation R($id: ID!) { resetSecondFactor(id: $id) { secondFactorEnrolled } }`;
const AUDIT = `query A($targetId: ID) { auditLog(targetId: $targetId) { actorId actorName action targetKind targetId targetName details address at } }`;
const ME = `{ me { id } }`;

interface AuditRow {
  actorId: string;
  actorName: string;
  action: string;
  targetKind: string;
  targetId: string;
  targetName: string;
  details: string;
  address: string;
  at: string;
}

let stack: Stack;
let admin: ApiClient;
let adminId: string;
beforeAll(async () => {
  stack = await startStack();
  admin = new ApiClient(stack.apiUrl, '203.0.113.9');
  await logInAsDemo(admin, 'admin');
  adminId = (await admin.ok<{ me: { id: string } }>(ME)).me.id;
});
afterAll(() => stack?.stop());

const auditOf = async (targetId: string) => (await admin.ok<{ auditLog: AuditRow[] }>(AUDIT, { targetId })).auditLog;

describe('platform admin', () => {
  it('is refused to everyone but platform admins, and to an admin without the second factor', async () => {
    const learner = await makeLearner(stack.apiUrl);
    for (const query of [ORGS, AUDIT]) expect((await learner.client.gql(query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await learner.client.gql(CREATE_ORG, { name: 'Not allowed' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const passwordOnly = new ApiClient(stack.apiUrl, '203.0.113.10');
    const step = await passwordOnly.gql(LOGIN_STEP_ONE, { input: { email: 'admin@demo.kinship.test', password: 'kinship-demo-password' } });
    expect(step.errors?.[0]?.extensions?.code).toBe('SECOND_FACTOR_REQUIRED');
    expect((await passwordOnly.gql(ORGS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('creates and renames organisations, each recorded in the audit log with who, when and from where', async () => {
    const { createOrganisation: org } = await admin.ok<{ createOrganisation: { id: string; slug: string } }>(CREATE_ORG, {
      name: 'Lakeside Elementary (test)',
    });
    expect(org.slug).toBe('lakeside-elementary-test');
    await admin.ok(RENAME_ORG, { id: org.id, name: 'Lakeside Community School (test)' });
    const names = (await admin.ok<{ adminOrganisations: { id: string; name: string }[] }>(ORGS)).adminOrganisations;
    expect(names.find((o) => o.id === org.id)?.name).toBe('Lakeside Community School (test)');

    const entries = await auditOf(org.id);
    expect(entries.map((e) => e.action)).toEqual(['organisation.rename', 'organisation.create']);
    expect(entries[0]).toMatchObject({ actorId: adminId, actorName: 'Ada Admin', targetKind: 'organisation', address: '203.0.113.9' });
    expect(JSON.parse(entries[0]!.details)).toEqual({ from: 'Lakeside Elementary (test)', to: 'Lakeside Community School (test)' });
    expect(Date.now() - Date.parse(entries[0]!.at)).toBeLessThan(60_000);
  });

  it('refuses an organisation name with a bidi override, storing nothing', async () => {
    const before = (await admin.ok<{ adminOrganisations: unknown[] }>(ORGS)).adminOrganisations.length;
    const res = await admin.gql(CREATE_ORG, { name: 'Riverside \u202Eloohcs' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ORGANISATION_NAME_INVALID' });
    expect((await admin.ok<{ adminOrganisations: unknown[] }>(ORGS)).adminOrganisations).toHaveLength(before);
  });

  it('finds people and changes a role, with the old and new role in the log', async () => {
    const learner = await makeLearner(stack.apiUrl, { displayName: 'Farah Test-Person' });
    const found = (await admin.ok<{ adminPeople: { id: string }[] }>(PEOPLE, { search: 'farah test' })).adminPeople;
    expect(found.map((p) => p.id)).toEqual([learner.userId]);

    const [org] = (await admin.ok<{ adminOrganisations: { id: string; slug: string }[] }>(ORGS)).adminOrganisations.filter(
      (o) => o.slug === 'riverside-school',
    );
    const { addMembership } = await admin.ok<{ addMembership: { memberships: { id: string }[] } }>(ADD, {
      input: { userId: learner.userId, organisationId: org!.id, role: 'learner' },
    });
    await admin.ok(CHANGE, { membershipId: addMembership.memberships[0]!.id, role: 'teacher' });
    const person = (await admin.ok<{ adminPerson: { memberships: { role: string }[] } }>(PERSON, { id: learner.userId })).adminPerson;
    expect(person.memberships.map((m) => m.role)).toEqual(['teacher']);
    const entries = await auditOf(learner.userId);
    expect(entries.map((e) => e.action)).toEqual(['membership.change_role', 'membership.add']);
    expect(JSON.parse(entries[0]!.details)).toEqual({ organisation: 'Riverside Secondary (demo school)', from: 'learner', to: 'teacher' });
  });

  it('deactivates a person: their open session stops working at once and they cannot log in', async () => {
    const learner = await makeLearner(stack.apiUrl);
    expect((await learner.client.ok<{ me: { id: string } | null }>(ME)).me?.id).toBe(learner.userId);
    await admin.ok(DEACTIVATE, { id: learner.userId });
    expect((await learner.client.ok<{ me: null }>(ME)).me).toBeNull();
    const again = await new ApiClient(stack.apiUrl, '10.2.0.1').gql(LOGIN_STEP_ONE, {
      input: { email: learner.email, password: learner.password },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await auditOf(learner.userId)).map((e) => e.action)).toEqual(['person.deactivate']);
    expect((await admin.gql(DEACTIVATE, { id: adminId })).errors?.[0]?.extensions?.reason).toBe('ADMIN_NOT_ON_YOURSELF');
  });

  it("resets a person's second factor: codes gone, sessions ended, log-in asks for a password only", async () => {
    const learner = await makeLearner(stack.apiUrl);
    const { beginSecondFactorEnrolment: begun } = await learner.client.ok<{ beginSecondFactorEnrolment: { secret: string } }>(
      `mutation { beginSecondFactorEnrolment { secret } }`,
    );
    await learner.client.ok(`mutation C($code: String!) { confirmSecondFactorEnrolment(code: $code) }`, {
      code: await totpCode(begun.secret),
    });
    const reset = await admin.ok<{ resetSecondFactor: { secondFactorEnrolled: boolean } }>(RESET, { id: learner.userId });
    expect(reset.resetSecondFactor.secondFactorEnrolled).toBe(false);
    expect((await learner.client.ok<{ me: null }>(ME)).me).toBeNull();
    const { rows } = await stack.db.query('select 1 from mfa_recovery_code where user_id = $1', [learner.userId]);
    expect(rows).toHaveLength(0);
    await new ApiClient(stack.apiUrl, '10.2.0.2').ok(LOGIN_STEP_ONE, { input: { email: learner.email, password: learner.password } });
    expect((await auditOf(learner.userId)).map((e) => e.action)).toEqual(['person.reset_second_factor']);
  });

  it('answers an id that is not a UUID with NOT_FOUND', async () => {
    for (const [query, variables] of [
      [PERSON, { id: 'not-a-uuid' }],
      [DEACTIVATE, { id: "1' or '1'='1" }],
      [RENAME_ORG, { id: '123', name: 'Some name' }],
    ] as const)
      expect((await admin.gql(query, variables)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await expect(stack.db.query(`update audit_entry set actor_name = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(stack.db.query(`delete from audit_entry`)).rejects.toThrow(/append-only/);
    await expect(stack.db.query(`truncate audit_entry`)).rejects.toThrow(/append-only/);
    const { rows } = await stack.db.query<{ n: string }>(`select count(*) as n from audit_entry where actor_name = 'Ada Admin'`);
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
  });
});
