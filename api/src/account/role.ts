/** What a person may do inside one organisation. A person may hold several roles in several organisations. */
export const ROLES = ['learner', 'teacher', 'trainer', 'partner_admin', 'admin'] as const;
export type Role = (typeof ROLES)[number];
