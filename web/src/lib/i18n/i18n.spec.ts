import { readFileSync } from 'node:fs';
import { createIntl } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';
import { catalogues, catalogueStatus } from './catalogues.server';
import { directionOf, intlOf, LOCALES, negotiateLocale, type Locale } from './index';

const intlFor = (locale: Locale) => intlOf(locale, catalogues[locale]);

describe('message catalogues', () => {
  it('have the same keys in every language', () => {
    const english = Object.keys(catalogues.en).sort();
    for (const locale of LOCALES) expect(Object.keys(catalogues[locale]).sort()).toEqual(english);
  });

  it('are translations, not copies of English (names and codes aside)', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const same = Object.entries(catalogues[locale]).filter(([key, text]) => text === catalogues.en[key as keyof typeof catalogues.en]);
      // A few messages are the same in every language: the product's name, "SCORM {version}", "{file}, line {line}"-like codes.
      expect(same.length, `${locale}: ${same.map(([key]) => key).join(', ')}`).toBeLessThan(25);
    }
  });

  it('say where each translation stands, and none claims a review it has not had', () => {
    expect(catalogueStatus.en).toBe('source');
    for (const locale of LOCALES.filter((l) => l !== 'en')) expect(catalogueStatus[locale]).toBe('draft');
  });

  it('hold valid ICU messages that format with the values the pages pass', () => {
    const values = {
      name: 'A',
      minutes: 2,
      seconds: 30,
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
      address: 'C4',
      sheet: 'Class 9A',
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
      megabytes: 1,
      missed: 1,
      answered: 3,
      // languages
      languages: 'English, Français',
      source: 'English',
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

describe('the glossary (docs/glossary)', () => {
  const glossary = JSON.parse(readFileSync(new URL('../../../../docs/glossary/glossary.json', import.meta.url), 'utf8')) as {
    terms: Record<string, { usedIn: string[]; terms: Record<string, string> }>;
  };

  it('gives every key term in every language', () => {
    for (const [id, entry] of Object.entries(glossary.terms)) expect(Object.keys(entry.terms).sort(), id).toEqual([...LOCALES].sort());
  });

  it('is what the catalogues say where they name the term', () => {
    for (const [id, entry] of Object.entries(glossary.terms))
      for (const key of entry.usedIn)
        for (const locale of LOCALES)
          expect(catalogues[locale][key as keyof typeof catalogues.en].toLowerCase(), `${id} in ${locale} ${key}`).toContain(
            entry.terms[locale]!.toLowerCase(),
          );
  });
});

describe('plural rules and formats per language', () => {
  it('uses all six Arabic plural forms', () => {
    const units = (count: number) => intlFor('ar').formatMessage({ id: 'course.units' }, { count });
    expect([0, 1, 2, 3, 11, 100].map(units)).toEqual(['لا وحدات', 'وحدة واحدة', 'وحدتان', '3 وحدات', '11 وحدة', '100 وحدة']);
  });

  it('formats dates and numbers in the page language', () => {
    const day = new Date(Date.UTC(2026, 11, 1, 12));
    expect(intlFor('fa').formatDate(day, { dateStyle: 'long', timeZone: 'UTC' })).toContain('۱۴۰۵');
    expect(intlFor('ja').formatDate(day, { dateStyle: 'long', timeZone: 'UTC' })).toBe('2026年12月1日');
    expect(intlFor('es').formatNumber(1234.5)).toBe('1234,5');
    expect(intlFor('hi').formatNumber(1234567)).toBe('12,34,567');
  });

  it('counts in Punjabi and Korean with their own forms', () => {
    expect(intlFor('pa').formatMessage({ id: 'course.units' }, { count: 3 })).toBe('3 ਇਕਾਈਆਂ');
    expect(intlFor('ko').formatMessage({ id: 'classes.studentCount' }, { count: 1 })).toBe('학생 1명');
  });
});

describe('locale negotiation', () => {
  it('maps browser tags to our languages and scripts', () => {
    expect(negotiateLocale(undefined, 'zh-TW,zh;q=0.8')).toBe('zh-Hant');
    expect(negotiateLocale(undefined, 'zh-CN')).toBe('zh-Hans');
    expect(negotiateLocale(undefined, 'fil-PH')).toBe('tl');
    expect(negotiateLocale(undefined, 'pa-IN,en;q=0.5')).toBe('pa');
    expect(negotiateLocale(undefined, 'en;q=0.4,ar;q=0.9')).toBe('ar');
    expect(negotiateLocale(undefined, 'de,fa;q=0')).toBe('en');
  });

  it('prefers the cookie, then the browser, then English', () => {
    expect(negotiateLocale('fr', 'en-CA')).toBe('fr');
    expect(negotiateLocale(undefined, 'de-DE,fr-CA;q=0.8')).toBe('fr');
    expect(negotiateLocale('xx', null)).toBe('en');
  });

  it('knows right-to-left scripts', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('pa')).toBe('ltr');
    expect(directionOf('fr')).toBe('ltr');
  });
});
