/** Every action the audit log records; the web translates each name. */
export const AUDIT_ACTIONS = [
  'organisation.create',
  'organisation.rename',
  'membership.add',
  'membership.change_role',
  'membership.remove',
  'person.deactivate',
  'person.reactivate',
  'person.reset_second_factor',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
