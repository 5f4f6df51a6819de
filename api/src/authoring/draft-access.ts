import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { authoringOrganisations, isPlatformAdmin, mayAuthorFor } from '../access/permissions.js';
import type { Viewer } from '../auth/viewer.js';
import { notFound } from '../common/domain-error.js';
import { chooseOrganisation } from './authoring.errors.js';
import { CourseDraft } from './course-draft.entity.js';

/**
 * The draft, if the viewer may edit it (a trainer of its organisation, or a platform admin); anyone else is told it
 * does not exist, so drafts of other organisations do not leak. `lock` holds it for a save.
 */
export async function writableDraft(em: EntityManager, viewer: Viewer, courseId: string, lock = false): Promise<CourseDraft> {
  const draft = await em.findOne(
    CourseDraft,
    { courseId },
    { populate: ['updatedBy'], ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {}) },
  );
  if (!draft || !mayAuthorFor(viewer, draft.organisation.id)) throw notFound('That course draft');
  return draft;
}

/** The organisation a new course belongs to: the one named, or the viewer's only one. */
export function owningOrganisation(viewer: Viewer, named: string | null | undefined): string {
  const mine = authoringOrganisations(viewer);
  const chosen = named ?? (mine.length === 1 ? mine[0] : undefined);
  if (!chosen || !(mine.includes(chosen) || isPlatformAdmin(viewer)) || !mayAuthorFor(viewer, chosen)) throw chooseOrganisation();
  return chosen;
}
