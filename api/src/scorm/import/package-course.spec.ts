import { describe, expect, it } from 'vitest';
import { legacyPackageCourseId, packageCourseId, variantCourseId } from './package-course.js';

describe('package course ids', () => {
  it('keeps short identifiers readable, as before', () => {
    expect(packageCourseId('com.example.kinship-test-12')).toBe('scorm-com-example-kinship-test-12');
    expect(packageCourseId('___')).toBe('scorm-package');
  });

  it('gives two long identifiers that differ only after 60 characters two ids, each at most 66 characters', () => {
    const stem = 'org.example.community-learning.anti-racism.responding-in-the-classroom';
    const a = packageCourseId(`${stem}.part-one`);
    const b = packageCourseId(`${stem}.part-two`);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scorm-org-example-community-learning-anti-racism-respon-[0-9a-f]{10}$/);
    expect(a.length).toBeLessThanOrEqual(66);
    // The ids earlier versions gave are what the importer keeps publishing to (one course, as before).
    expect(legacyPackageCourseId(`${stem}.part-one`)).toBe(legacyPackageCourseId(`${stem}.part-two`));
    expect(packageCourseId(`${stem}.part-one`)).toBe(a);
  });

  it('names the variant of another SCORM version', () => {
    expect(variantCourseId('scorm-com-example-course', '1.2')).toBe('scorm-com-example-course-scorm-12');
    expect(variantCourseId('scorm-com-example-course', '2004')).toBe('scorm-com-example-course-scorm-2004');
  });
});
