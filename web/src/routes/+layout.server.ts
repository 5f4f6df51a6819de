import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
  locale: locals.locale,
  viewer: locals.viewer ? { displayName: locals.viewer.displayName, can: locals.viewer.can } : null,
});
