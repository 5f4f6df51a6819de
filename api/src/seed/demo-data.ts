import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../account/membership.entity.js';
import { Organisation } from '../account/organisation.entity.js';
import { hashPassword } from '../account/password.js';
import type { Role } from '../account/role.js';
import { User } from '../account/user.entity.js';
import { ROLES_NEEDING_SECOND_FACTOR } from '../access/permissions.js';
import { TotpFactor } from '../mfa/totp-factor.entity.js';

/** Shared by every demo account; printed by `npm start`. Demo data only: never used outside it. */
export const DEMO_PASSWORD = 'kinship-demo-password';

export const DEMO_ORGANISATIONS = [
  { slug: 'community', name: 'Community Learning (demo society)' },
  { slug: 'riverside-school', name: 'Riverside Secondary (demo school)' },
] as const;

/**
 * The authenticator secret of the demo staff accounts (trainer, partner admin, platform admin), whose roles
 * need two-step log-in: add it to an authenticator app by hand, as `npm start` explains. Demo data only.
 */
export const DEMO_TOTP_SECRET = 'KINSHIPDEMOTOTPSECRETFORSTAFF234';

type DemoOrg = (typeof DEMO_ORGANISATIONS)[number]['slug'];

export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role; organisation: DemoOrg }[] = [
  { email: 'learner@demo.kinship.test', displayName: 'Amina Learner', role: 'learner', organisation: 'community' },
  { email: 'teacher@demo.kinship.test', displayName: 'Tomas Teacher', role: 'teacher', organisation: 'riverside-school' },
  { email: 'student@demo.kinship.test', displayName: 'Sam Student', role: 'learner', organisation: 'riverside-school' },
  { email: 'trainer@demo.kinship.test', displayName: 'Priya Trainer', role: 'trainer', organisation: 'community' },
  { email: 'partner@demo.kinship.test', displayName: 'Lee Partner', role: 'partner_admin', organisation: 'riverside-school' },
  { email: 'admin@demo.kinship.test', displayName: 'Ada Admin', role: 'admin', organisation: 'community' },
];

/** Creates the demo organisations and accounts if they are missing; running it again changes nothing. */
export async function seedDemoData(em: EntityManager): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await em.transactional(async (tx) => {
    const orgs = new Map<string, Organisation>();
    for (const org of DEMO_ORGANISATIONS) {
      const existing = await tx.findOne(Organisation, { slug: org.slug });
      orgs.set(org.slug, existing ?? tx.create(Organisation, org));
    }
    for (const account of DEMO_ACCOUNTS) {
      if (await tx.findOne(User, { email: account.email })) continue;
      const user = tx.create(User, { email: account.email, displayName: account.displayName, passwordHash });
      tx.create(Membership, { user, organisation: orgs.get(account.organisation)!, role: account.role });
      if (ROLES_NEEDING_SECOND_FACTOR.includes(account.role))
        tx.create(TotpFactor, { user, secret: DEMO_TOTP_SECRET, confirmedAt: new Date() });
    }
  });
}
