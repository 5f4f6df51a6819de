/**
 * The words printed on sign-in cards, in the teacher's language (the interface's 13). English and French are
 * ours; the other eleven are drafts that need review by a fluent speaker. The names of the page and the codes
 * are the web catalogues' (`classSignIn.*`), so the card says what the student will see on screen.
 */
export interface CardWords {
  title: string;
  classCode: string;
  personalCode: string;
  howTo: string;
  keepSafe: string;
}

const text = {
  en: {
    title: 'Kinship: class sign-in card',
    classCode: 'Class code',
    personalCode: 'Your personal code',
    howTo: 'Scan the square, or open "Class sign-in" and type both codes.',
    keepSafe: 'Keep this card to yourself.',
  },
  fr: {
    title: 'Kinship : carte de connexion de la classe',
    classCode: 'Code de la classe',
    personalCode: 'Ton code personnel',
    howTo: 'Scanne le carré, ou ouvre « Connexion de la classe » et tape les deux codes.',
    keepSafe: 'Garde cette carte pour toi.',
  },
  // Drafts, need review.
  es: {
    title: 'Kinship: tarjeta de acceso de clase',
    classCode: 'Código de clase',
    personalCode: 'Su código personal',
    howTo: 'Escanee el cuadrado, o abra «Acceso de clase» y escriba los dos códigos.',
    keepSafe: 'No comparta esta tarjeta con nadie.',
  },
  tl: {
    title: 'Kinship: sign-in card ng klase',
    classCode: 'Code ng klase',
    personalCode: 'Ang iyong personal na code',
    howTo: 'I-scan ang parisukat, o buksan ang "Pag-sign in ng klase" at i-type ang dalawang code.',
    keepSafe: 'Huwag ipakita ang card na ito sa iba.',
  },
  vi: {
    title: 'Kinship: thẻ đăng nhập theo lớp',
    classCode: 'Mã lớp',
    personalCode: 'Mã cá nhân của bạn',
    howTo: 'Quét ô vuông, hoặc mở “Đăng nhập theo lớp” và nhập cả hai mã.',
    keepSafe: 'Hãy giữ thẻ này cho riêng bạn.',
  },
  ar: {
    title: 'Kinship: بطاقة الدخول بالصف',
    classCode: 'رمز الصف',
    personalCode: 'رمزك الشخصي',
    howTo: 'امسح المربع، أو افتح «الدخول بالصف» واكتب الرمزين.',
    keepSafe: 'احتفظ بهذه البطاقة لنفسك.',
  },
  fa: {
    title: 'Kinship: کارت ورود کلاس',
    classCode: 'کد کلاس',
    personalCode: 'کد شخصی شما',
    howTo: 'مربع را اسکن کنید، یا «ورود با کد کلاس» را باز کنید و هر دو کد را بنویسید.',
    keepSafe: 'این کارت را به کسی ندهید.',
  },
  hi: {
    title: 'Kinship: कक्षा साइन-इन कार्ड',
    classCode: 'कक्षा कोड',
    personalCode: 'आपका निजी कोड',
    howTo: 'QR कोड स्कैन करें, या "कक्षा साइन-इन" खोलें और दोनों कोड लिखें।',
    keepSafe: 'यह कार्ड किसी और को न दें।',
  },
  pa: {
    title: 'Kinship: ਕਲਾਸ ਸਾਈਨ-ਇਨ ਕਾਰਡ',
    classCode: 'ਕਲਾਸ ਕੋਡ',
    personalCode: 'ਤੁਹਾਡਾ ਨਿੱਜੀ ਕੋਡ',
    howTo: 'QR ਕੋਡ ਸਕੈਨ ਕਰੋ, ਜਾਂ "ਕਲਾਸ ਸਾਈਨ-ਇਨ" ਖੋਲ੍ਹੋ ਅਤੇ ਦੋਵੇਂ ਕੋਡ ਲਿਖੋ।',
    keepSafe: 'ਇਹ ਕਾਰਡ ਕਿਸੇ ਹੋਰ ਨੂੰ ਨਾ ਦਿਓ।',
  },
  'zh-Hans': {
    title: 'Kinship：班级登录卡',
    classCode: '班级码',
    personalCode: '你的个人码',
    howTo: '扫描二维码，或打开“班级登录”并输入两个码。',
    keepSafe: '请保管好这张卡，不要给别人。',
  },
  'zh-Hant': {
    title: 'Kinship：班級登入卡',
    classCode: '班級碼',
    personalCode: '你的個人碼',
    howTo: '掃描 QR 碼，或開啟「班級登入」並輸入兩個碼。',
    keepSafe: '請保管好這張卡，不要給別人。',
  },
  ja: {
    title: 'Kinship：クラスのサインインカード',
    classCode: 'クラスコード',
    personalCode: 'あなたの個人コード',
    howTo: 'QRコードを読み取るか、「クラスでサインイン」を開いて2つのコードを入力してください。',
    keepSafe: 'このカードは他の人に見せないでください。',
  },
  ko: {
    title: 'Kinship: 학급 로그인 카드',
    classCode: '학급 코드',
    personalCode: '내 개인 코드',
    howTo: 'QR 코드를 스캔하거나 "학급 로그인"을 열고 두 코드를 입력하세요.',
    keepSafe: '이 카드는 다른 사람에게 보여 주지 마세요.',
  },
} as const satisfies Record<string, CardWords>;

export type CardLocale = keyof typeof text;
export const cardLocales = Object.keys(text) as CardLocale[];

/** The card's words in the teacher's language; English for a language the cards do not speak. */
export function cardWords(locale: string): CardWords {
  return locale in text ? text[locale as CardLocale] : text.en;
}

/** What the QR code holds: the class sign-in page with both codes filled in, so a scan signs the student in. */
export function classSignInUrl(webUrl: string, classCode: string, personalCode: string): string {
  const url = new URL('/class-sign-in', webUrl);
  url.searchParams.set('class', classCode);
  url.searchParams.set('code', personalCode);
  return url.toString();
}
