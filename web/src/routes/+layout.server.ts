import { mayImportPackages } from '#lib/server/viewer.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
  locale: locals.locale,
  viewer: locals.viewer ? { displayName: locals.viewer.displayName, importsPackages: mayImportPackages(locals.viewer) } : null,
});
