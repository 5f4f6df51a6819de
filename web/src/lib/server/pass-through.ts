/**
 * Endpoints that only forward the request to the api, which checks the session cookie itself: the
 * hooks skip their `Me` lookup (the player's commits would otherwise cost two api calls each), so
 * `locals.viewer` is null there. Route ids, as SvelteKit names them. (The built server answers the
 * player's `POST /learn/track` before SvelteKit sees it, lib/server/track-commit.ts; this entry is for `vite dev`.)
 */
export const PASS_THROUGH_ROUTES: ReadonlySet<string> = new Set([
  '/(learn)/learn/track',
  '/(learn)/certificates/[id]/download',
  '/(author)/packages/upload',
  '/(author)/authoring/upload',
  '/(author)/authoring/[courseId]/save',
  '/(author)/authoring/[courseId]/media',
  '/(author)/authoring/[courseId]/folder.zip',
  '/(author)/courses/[courseId]/export/[format]',
  '/media/[file]',
]);

export function isPassThrough(routeId: string | null): boolean {
  return routeId !== null && PASS_THROUGH_ROUTES.has(routeId);
}
