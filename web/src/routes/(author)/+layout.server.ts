import { requireViewer } from '#lib/server/guard.ts';
import type { LayoutServerLoad } from './$types';

/** Trainers' pages (SCORM packages): those the api lets import packages. */
export const load: LayoutServerLoad = ({ locals, url }) => {
  requireViewer(locals, url, 'importPackages');
};
