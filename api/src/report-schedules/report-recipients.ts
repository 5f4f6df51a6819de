import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Who may receive an organisation's report: its staff (a role there other than learner) with an e-mail
 * address and an active account. A report names learners, so it never goes to learners, to addresses
 * typed in, or to anyone outside the organisation; the rule is checked when a schedule is made and
 * again at every sending.
 */
export interface Recipient {
  userId: string;
  email: string;
  displayName: string;
  locale: string;
}

/** The organisation's possible recipients, or those of them with these addresses or ids (others are simply absent). */
export async function eligibleRecipients(
  em: EntityManager,
  organisationId: string,
  filter: { emails?: string[]; userIds?: string[] } = {},
): Promise<Recipient[]> {
  const among = filter.emails ? 'and lower(u.email) = any(?::text[])' : filter.userIds ? 'and u.id = any(?::uuid[])' : '';
  const values = filter.emails ?? filter.userIds;
  const rows = await em.getConnection().execute<{ id: string; email: string; display_name: string; locale: string }[]>(
    `select distinct u.id, u.email, u.display_name, u.locale
       from app_user u join membership m on m.user_id = u.id
      where m.organisation_id = ? and m.role <> 'learner' and u.email is not null and u.deactivated_at is null
        ${among} order by u.display_name`,
    values ? [organisationId, `{${values.map((v) => `"${v.toLowerCase().replace(/["\\]/g, '')}"`).join(',')}}`] : [organisationId],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((r) => ({ userId: r.id, email: r.email, displayName: r.display_name, locale: r.locale }));
}
