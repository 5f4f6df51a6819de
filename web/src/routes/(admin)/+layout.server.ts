import { requireViewer } from '#lib/server/guard.ts';
import type { LayoutServerLoad } from './$types';

/** Platform admin pages: those the api lets administer (a platform admin who gave a second factor). */
export const load: LayoutServerLoad = ({ locals, url }) => {
  requireViewer(locals, url, 'administer');
};
