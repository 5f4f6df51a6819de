import { parsedCatalogue } from '#lib/i18n/catalogues.server.ts';
import type { LayoutServerLoad } from './$types';

// Only the page's own language's catalogue travels with the page (once: later navigations reuse it).
export const load: LayoutServerLoad = ({ locals }) => ({
  locale: locals.locale,
  messages: parsedCatalogue(locals.locale),
  viewer: locals.viewer ? { displayName: locals.viewer.displayName, can: locals.viewer.can } : null,
});
