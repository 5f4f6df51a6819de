import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Certificate } from './certificate.entity.js';
import { newVerificationCode, verificationUrl } from './verification-code.js';
import { pickLocale } from '../course/course-content.js';
import type { CourseService } from '../course/course.service.js';
import { Enrolment } from '../enrolment/enrolment.entity.js';
import { UnrecoverableError } from 'bullmq';
import type { CertificateRenderer } from './certificate-pdf.js';

export interface IssueOutcome {
  certificateId: string;
  created: boolean;
}

/**
 * Issues the certificate for a completed enrolment, once. A second run (a retry, a duplicate job or
 * the sweep) finds the first certificate; two racing runs are settled by the unique enrolment.
 */
export async function issueCertificate(
  em: EntityManager,
  courses: CourseService,
  renderer: CertificateRenderer,
  webUrl: string,
  enrolmentId: string,
): Promise<IssueOutcome> {
  const existing = await em.findOne(Certificate, { enrolment: enrolmentId });
  if (existing) return { certificateId: existing.id, created: false };

  const enrolment = await em.findOne(Enrolment, { id: enrolmentId }, { populate: ['user', 'courseVersion'] });
  if (!enrolment) throw new UnrecoverableError(`enrolment ${enrolmentId} does not exist`);
  if (!enrolment.completedAt) throw new UnrecoverableError(`enrolment ${enrolmentId} is not completed`);

  const content = await courses.content(enrolment.courseVersion.id);
  const locale = content.locales.includes(enrolment.user.locale) ? enrolment.user.locale : content.sourceLocale;
  const code = newVerificationCode();
  const facts = {
    learnerName: enrolment.user.displayName,
    courseTitle: pickLocale(content.title, locale, content.sourceLocale),
    courseVersion: enrolment.courseVersion.version,
    completedAt: enrolment.completedAt,
    code,
    verificationUrl: verificationUrl(webUrl, code),
    locale,
  };
  const pdf = await renderer.render(facts);
  const certificate = em.create(Certificate, {
    enrolment,
    user: enrolment.user,
    code,
    learnerName: facts.learnerName,
    courseTitle: facts.courseTitle,
    courseVersion: facts.courseVersion,
    issuedAt: facts.completedAt,
    pdf,
  });
  try {
    await em.flush();
    return { certificateId: certificate.id, created: true };
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const winner = await em.fork().findOneOrFail(Certificate, { enrolment: enrolmentId });
    return { certificateId: winner.id, created: false };
  }
}
