/**
 * The words printed on a certificate, in the learner's language. English and French are ours; the
 * other twelve (the provincial network's languages) are drafts that need review by a fluent speaker.
 */
export interface CertificateWords {
  heading: string;
  awardedTo: string;
  completed: string;
  version: (v: number) => string;
  date: string;
  verify: string;
  code: string;
}

const n = (locale: string, v: number) => new Intl.NumberFormat(locale).format(v);

const text = {
  en: {
    heading: 'Certificate of completion',
    awardedTo: 'This certifies that',
    completed: 'has completed the course',
    version: (v: number) => `Course version ${v}`,
    date: 'Completed on',
    verify: 'Check this certificate at',
    code: 'Verification code',
  },
  fr: {
    heading: 'Attestation de réussite',
    awardedTo: 'Nous attestons que',
    completed: 'a terminé le cours',
    version: (v: number) => `Version du cours ${v}`,
    date: 'Terminé le',
    verify: 'Vérifiez cette attestation sur',
    code: 'Code de vérification',
  },
  // Drafts, need review.
  es: {
    heading: 'Certificado de finalización',
    awardedTo: 'Se certifica que',
    completed: 'ha completado el curso',
    version: (v: number) => `Versión del curso ${v}`,
    date: 'Completado el',
    verify: 'Verifique este certificado en',
    code: 'Código de verificación',
  },
  tl: {
    heading: 'Sertipiko ng pagkumpleto',
    awardedTo: 'Pinatutunayan nito na si',
    completed: 'ay nakumpleto ang kursong',
    version: (v: number) => `Bersyon ng kurso ${v}`,
    date: 'Nakumpleto noong',
    verify: 'Suriin ang sertipikong ito sa',
    code: 'Code sa pag-verify',
  },
  vi: {
    heading: 'Giấy chứng nhận hoàn thành',
    awardedTo: 'Chứng nhận rằng',
    completed: 'đã hoàn thành khóa học',
    version: (v: number) => `Phiên bản khóa học ${v}`,
    date: 'Hoàn thành ngày',
    verify: 'Kiểm tra giấy chứng nhận này tại',
    code: 'Mã xác minh',
  },
  ar: {
    heading: 'شهادة إتمام',
    awardedTo: 'نشهد بأن',
    completed: 'قد أتمّ الدورة',
    version: (v: number) => `إصدار الدورة ${n('ar', v)}`,
    date: 'تاريخ الإتمام',
    verify: 'تحقق من هذه الشهادة على',
    code: 'رمز التحقق',
  },
  fa: {
    heading: 'گواهی پایان دوره',
    awardedTo: 'بدین‌وسیله گواهی می‌شود که',
    completed: 'دوره را به پایان رسانده است',
    version: (v: number) => `نسخهٔ دوره ${n('fa', v)}`,
    date: 'تاریخ پایان',
    verify: 'این گواهی را بررسی کنید در',
    code: 'کد تأیید',
  },
  hi: {
    heading: 'समापन प्रमाणपत्र',
    awardedTo: 'यह प्रमाणित किया जाता है कि',
    completed: 'ने यह पाठ्यक्रम पूरा किया है',
    version: (v: number) => `पाठ्यक्रम संस्करण ${v}`,
    date: 'पूरा होने की तिथि',
    verify: 'इस प्रमाणपत्र की जाँच करें',
    code: 'सत्यापन कोड',
  },
  pa: {
    heading: 'ਸੰਪੂਰਨਤਾ ਸਰਟੀਫਿਕੇਟ',
    awardedTo: 'ਇਹ ਪ੍ਰਮਾਣਿਤ ਕੀਤਾ ਜਾਂਦਾ ਹੈ ਕਿ',
    completed: 'ਨੇ ਇਹ ਕੋਰਸ ਪੂਰਾ ਕੀਤਾ ਹੈ',
    version: (v: number) => `ਕੋਰਸ ਸੰਸਕਰਣ ${v}`,
    date: 'ਪੂਰਾ ਹੋਣ ਦੀ ਮਿਤੀ',
    verify: 'ਇਸ ਸਰਟੀਫਿਕੇਟ ਦੀ ਜਾਂਚ ਕਰੋ',
    code: 'ਤਸਦੀਕ ਕੋਡ',
  },
  'zh-Hans': {
    heading: '结业证书',
    awardedTo: '兹证明',
    completed: '已完成课程',
    version: (v: number) => `课程版本 ${v}`,
    date: '完成日期',
    verify: '验证本证书：',
    code: '验证码',
  },
  'zh-Hant': {
    heading: '結業證書',
    awardedTo: '茲證明',
    completed: '已完成課程',
    version: (v: number) => `課程版本 ${v}`,
    date: '完成日期',
    verify: '驗證本證書：',
    code: '驗證碼',
  },
  ja: {
    heading: '修了証',
    awardedTo: '以下の者が',
    completed: '次の講座を修了したことを証します',
    version: (v: number) => `講座バージョン ${v}`,
    date: '修了日',
    verify: 'この修了証の確認：',
    code: '確認コード',
  },
  ko: {
    heading: '수료증',
    awardedTo: '다음 사람이',
    completed: '아래 과정을 수료했음을 증명합니다',
    version: (v: number) => `과정 버전 ${v}`,
    date: '수료일',
    verify: '이 수료증 확인:',
    code: '확인 코드',
  },
} as const satisfies Record<string, CertificateWords>;

export type CertificateLocale = keyof typeof text;
export const certificateLocales = Object.keys(text) as CertificateLocale[];

export function certificateText(locale: string): CertificateWords {
  return locale in text ? text[locale as CertificateLocale] : text.en;
}
