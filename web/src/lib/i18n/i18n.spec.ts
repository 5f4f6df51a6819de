import { createIntl } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';
import { catalogues, directionOf, intlFor, LOCALES, negotiateLocale } from './index';

describe('message catalogues', () => {
  it('have the same keys in every language', () => {
    const english = Object.keys(catalogues.en).sort();
    for (const locale of LOCALES) expect(Object.keys(catalogues[locale]).sort()).toEqual(english);
  });

  it('hold valid ICU messages that format with the values the pages pass', () => {
    const values = {
      name: 'A',
      minutes: 2,
      count: 3,
      done: 1,
      total: 3,
      language: 'x',
      version: 1,
      code: 'C',
      date: new Date(Date.UTC(2026, 11, 1)),
      position: 1,
      correct: 2,
      units: 'Part one',
      percent: 40,
      status: 'passed',
      hasScore: 'yes',
      score: 0.9,
      min: 10,
      max: 200,
      // roster import and class progress
      file: 'users.csv',
      line: 4,
      add: 1,
      update: 0,
      unchanged: 2,
      remove: 0,
      skip: 0,
      kept: 1,
      cell: '=1+1',
      // authoring
      by: 'Priya',
      path: 'units/a.en.md',
      courseId: 'my-course',
      fileName: 'photo.png',
      allowed: '.png, .jpg',
      kind: 'Lesson',
      unit: 'welcome',
      email: 'x',
      other: 2,
      id: 'u1',
      columns: 'role',
      detail: 'x',
      // classes, the catalogue's SCORM versions, accounts
      classCode: 'RVS-D26',
      className: 'Grade 9',
      edition: '4th',
      grade: '9',
      left: 3,
      members: 'Tomas',
      names: 'Maya, Sam',
      organisation: 'Riverside',
      url: 'https://example.test',
      when: new Date(Date.UTC(2026, 11, 1)),
      role: 'teacher',
      course: 'C',
      shown: 2,
      missed: 1,
      answered: 3,
    };
    for (const locale of LOCALES) {
      const errors: string[] = [];
      const intl = createIntl({ locale, messages: catalogues[locale], onError: (error) => errors.push(error.message) });
      for (const key of Object.keys(catalogues[locale])) intl.formatMessage({ id: key }, values);
      expect(errors, locale).toEqual([]);
    }
    expect(intlFor('fr').formatMessage({ id: 'course.units' }, { count: 1 })).toBe('1 unité');
    const result = { status: 'passed', hasScore: 'yes', score: 0.9 };
    expect(intlFor('en').formatMessage({ id: 'overview.result' }, result)).toBe('Result: passed, 90%');
    expect(intlFor('fr').formatMessage({ id: 'overview.result' }, { ...result, hasScore: 'no' })).toBe('Résultat : réussi');
  });
});

describe('locale negotiation', () => {
  it('prefers the cookie, then the browser, then English', () => {
    expect(negotiateLocale('fr', 'en-CA')).toBe('fr');
    expect(negotiateLocale(undefined, 'de-DE,fr-CA;q=0.8')).toBe('fr');
    expect(negotiateLocale('xx', null)).toBe('en');
  });

  it('knows right-to-left scripts', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
  });
});
