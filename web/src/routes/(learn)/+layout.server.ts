import { requireViewer } from '#lib/server/guard.ts';
import type { LayoutServerLoad } from './$types';

/** Learners' pages: anyone logged in. */
export const load: LayoutServerLoad = ({ locals, url }) => {
  requireViewer(locals, url);
};
