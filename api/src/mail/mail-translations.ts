import type { MailKind, MailText } from './mail-kind.js';

/**
 * Mails in the 11 further languages of the provincial network: drafts written by the developers,
 * not yet reviewed by fluent speakers (like the web's catalogues; see web/src/lib/i18n/messages/README.md).
 * Terms follow docs/glossary. `{name}` marks a value.
 */
export type DraftMailLocale = 'ar' | 'zh-Hans' | 'zh-Hant' | 'hi' | 'ja' | 'ko' | 'fa' | 'pa' | 'es' | 'tl' | 'vi';

type Mails = Record<MailKind, MailText>;

const ar: Mails = {
  password_reset: {
    subject: 'إعادة ضبط كلمة مرورك في Kinship',
    paragraphs: ['مرحبًا {name}،', 'طلب أحدهم إعادة ضبط كلمة مرور حسابك في Kinship. لاختيار كلمة مرور جديدة، افتح هذا الرابط:'],
    action: 'اختر كلمة مرور جديدة',
    footer: ['يعمل الرابط مرة واحدة، لمدة {lifetime}.', 'إن لم تطلب ذلك، يمكنك تجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.'],
  },
  email_verification: {
    subject: 'أكّد عنوان بريدك الإلكتروني في Kinship',
    paragraphs: ['مرحبًا {name}،', 'أهلًا بك في Kinship. يُرجى تأكيد أن عنوان البريد هذا لك:'],
    action: 'أكّد عنوان بريدي',
    footer: ['يعمل الرابط مرة واحدة، لمدة {lifetime}.', 'إن لم تُنشئ حسابًا في Kinship، يمكنك تجاهل هذه الرسالة.'],
  },
  email_change: {
    subject: 'أكّد عنوان بريدك الإلكتروني الجديد في Kinship',
    paragraphs: ['مرحبًا {name}،', 'طلبت استخدام هذا العنوان لحسابك في Kinship. يُرجى تأكيد التغيير:'],
    action: 'استخدم هذا العنوان',
    footer: ['يعمل الرابط مرة واحدة، لمدة {lifetime}.', 'إن لم تطلب ذلك، يمكنك تجاهل هذه الرسالة ولن يتغيّر شيء.'],
  },
  invitation: {
    subject: 'دعوة للانضمام إلى {organisation} على Kinship',
    paragraphs: ['مرحبًا،', 'دعاك {inviter} للانضمام إلى {organisation} على Kinship بصفة {role}.'],
    action: 'اقبل الدعوة',
    footer: ['يعمل الرابط مرة واحدة، لمدة {lifetime}.', 'إن كنت لا تعرف هذه المنظمة، يمكنك تجاهل هذه الرسالة.'],
  },
  password_changed: {
    subject: 'تغيّرت كلمة مرورك في Kinship',
    paragraphs: ['مرحبًا {name}،', 'تغيّرت للتو كلمة مرور حسابك في Kinship، وسُجّل الخروج من جلساتك الأخرى.'],
    footer: ['إن لم تكن أنت، أعد ضبط كلمة مرورك فورًا من صفحة تسجيل الدخول ({webUrl}/forgot-password).'],
  },
  email_changed: {
    subject: 'تغيّر عنوان البريد الإلكتروني لحسابك في Kinship',
    paragraphs: ['مرحبًا {name}،', 'يستخدم حسابك في Kinship الآن عنوانًا آخر: {newEmail}. لن يتلقّى هذا العنوان رسائل منا بعد الآن.'],
    footer: ['إن لم تكن أنت، تواصل مع الشخص الذي يدير Kinship في منظمتك.'],
  },
  scheduled_report: {
    subject: 'تقرير الإكمال {frequencyWord} لـ {organisation} جاهز',
    paragraphs: [
      'مرحبًا {name}،',
      'تقرير الإكمال {frequencyWord} لـ {organisation} جاهز. لم يُرفق بهذه الرسالة: افتح الرابط وسجّل الدخول إلى Kinship لتنزيله.',
    ],
    action: 'افتح التقرير',
    footer: [
      'يعمل الرابط لمدة {lifetime}، لك وحدك وبعد تسجيل الدخول فقط.',
      'إن لم يكن من المفترض أن تتلقى هذا التقرير، أخبر أحد مسؤولي الشركاء في {organisation}.',
    ],
  },
};

const zhHans: Mails = {
  password_reset: {
    subject: '重置你的 Kinship 密码',
    paragraphs: ['{name}，你好：', '有人请求重置你的 Kinship 账户密码。要设置新密码，请打开此链接：'],
    action: '设置新密码',
    footer: ['此链接只能使用一次，有效期 {lifetime}。', '如果你没有提出此请求，可以忽略这封邮件：你的密码不会改变。'],
  },
  email_verification: {
    subject: '确认你在 Kinship 的电子邮件地址',
    paragraphs: ['{name}，你好：', '欢迎来到 Kinship。请确认这个电子邮件地址属于你：'],
    action: '确认我的电子邮件地址',
    footer: ['此链接只能使用一次，有效期 {lifetime}。', '如果你没有创建 Kinship 账户，可以忽略这封邮件。'],
  },
  email_change: {
    subject: '确认你在 Kinship 的新电子邮件地址',
    paragraphs: ['{name}，你好：', '你请求让 Kinship 账户使用这个地址。请确认更改：'],
    action: '使用此电子邮件地址',
    footer: ['此链接只能使用一次，有效期 {lifetime}。', '如果你没有提出此请求，可以忽略这封邮件，什么都不会改变。'],
  },
  invitation: {
    subject: '邀请你加入 Kinship 上的 {organisation}',
    paragraphs: ['你好：', '{inviter} 邀请你以{role}身份加入 Kinship 上的 {organisation}。'],
    action: '接受邀请',
    footer: ['此链接只能使用一次，有效期 {lifetime}。', '如果你不认识这个机构，可以忽略这封邮件。'],
  },
  password_changed: {
    subject: '你的 Kinship 密码已更改',
    paragraphs: ['{name}，你好：', '你的 Kinship 账户密码刚刚已更改，你的其他会话已退出登录。'],
    footer: ['如果不是你本人操作，请立即在登录页面（{webUrl}/forgot-password）重置密码。'],
  },
  email_changed: {
    subject: '你的 Kinship 账户电子邮件地址已更改',
    paragraphs: ['{name}，你好：', '你的 Kinship 账户现在使用另一个地址：{newEmail}。此地址将不再收到我们的邮件。'],
    footer: ['如果不是你本人操作，请联系你所在机构负责 Kinship 的人员。'],
  },
  scheduled_report: {
    subject: '{organisation} 的{frequencyWord}完成情况报告已生成',
    paragraphs: [
      '{name}，你好：',
      '{organisation} 的{frequencyWord}完成情况报告已生成。报告没有附在这封邮件里：请打开链接并登录 Kinship 下载。',
    ],
    action: '打开报告',
    footer: ['此链接有效期 {lifetime}，只供你本人在登录后使用。', '如果你不应收到这份报告，请告诉 {organisation} 的合作机构管理员。'],
  },
};

const zhHant: Mails = {
  password_reset: {
    subject: '重設你的 Kinship 密碼',
    paragraphs: ['{name}，你好：', '有人要求重設你的 Kinship 帳戶密碼。要設定新密碼，請開啟此連結：'],
    action: '設定新密碼',
    footer: ['此連結只能使用一次，有效期 {lifetime}。', '如果你沒有提出此要求，可以忽略這封郵件：你的密碼不會改變。'],
  },
  email_verification: {
    subject: '確認你在 Kinship 的電子郵件地址',
    paragraphs: ['{name}，你好：', '歡迎來到 Kinship。請確認這個電子郵件地址屬於你：'],
    action: '確認我的電子郵件地址',
    footer: ['此連結只能使用一次，有效期 {lifetime}。', '如果你沒有建立 Kinship 帳戶，可以忽略這封郵件。'],
  },
  email_change: {
    subject: '確認你在 Kinship 的新電子郵件地址',
    paragraphs: ['{name}，你好：', '你要求讓 Kinship 帳戶使用這個地址。請確認變更：'],
    action: '使用此電子郵件地址',
    footer: ['此連結只能使用一次，有效期 {lifetime}。', '如果你沒有提出此要求，可以忽略這封郵件，什麼都不會改變。'],
  },
  invitation: {
    subject: '邀請你加入 Kinship 上的 {organisation}',
    paragraphs: ['你好：', '{inviter} 邀請你以{role}身分加入 Kinship 上的 {organisation}。'],
    action: '接受邀請',
    footer: ['此連結只能使用一次，有效期 {lifetime}。', '如果你不認識這個機構，可以忽略這封郵件。'],
  },
  password_changed: {
    subject: '你的 Kinship 密碼已變更',
    paragraphs: ['{name}，你好：', '你的 Kinship 帳戶密碼剛剛已變更，你的其他工作階段已登出。'],
    footer: ['如果不是你本人操作，請立即在登入頁面（{webUrl}/forgot-password）重設密碼。'],
  },
  email_changed: {
    subject: '你的 Kinship 帳戶電子郵件地址已變更',
    paragraphs: ['{name}，你好：', '你的 Kinship 帳戶現在使用另一個地址：{newEmail}。此地址將不再收到我們的郵件。'],
    footer: ['如果不是你本人操作，請聯絡你所在機構負責 Kinship 的人員。'],
  },
  scheduled_report: {
    subject: '{organisation} 的{frequencyWord}完成情況報告已產生',
    paragraphs: [
      '{name}，你好：',
      '{organisation} 的{frequencyWord}完成情況報告已產生。報告沒有附在這封郵件裡：請開啟連結並登入 Kinship 下載。',
    ],
    action: '開啟報告',
    footer: ['此連結有效期 {lifetime}，只供你本人在登入後使用。', '如果你不應收到這份報告，請告訴 {organisation} 的合作機構管理員。'],
  },
};

const hi: Mails = {
  password_reset: {
    subject: 'अपना Kinship पासवर्ड रीसेट करें',
    paragraphs: ['नमस्ते {name},', 'किसी ने आपके Kinship खाते का पासवर्ड रीसेट करने को कहा है। नया पासवर्ड चुनने के लिए यह लिंक खोलें:'],
    action: 'नया पासवर्ड चुनें',
    footer: ['लिंक एक बार, {lifetime} तक काम करता है।', 'अगर आपने यह नहीं माँगा, तो इस ईमेल को अनदेखा कर सकते हैं: आपका पासवर्ड वैसा ही रहेगा।'],
  },
  email_verification: {
    subject: 'Kinship के लिए अपने ईमेल पते की पुष्टि करें',
    paragraphs: ['नमस्ते {name},', 'Kinship में आपका स्वागत है। कृपया पुष्टि करें कि यह ईमेल पता आपका है:'],
    action: 'मेरे ईमेल पते की पुष्टि करें',
    footer: ['लिंक एक बार, {lifetime} तक काम करता है।', 'अगर आपने Kinship खाता नहीं बनाया, तो इस ईमेल को अनदेखा कर सकते हैं।'],
  },
  email_change: {
    subject: 'Kinship के लिए अपने नए ईमेल पते की पुष्टि करें',
    paragraphs: ['नमस्ते {name},', 'आपने अपने Kinship खाते के लिए यह पता इस्तेमाल करने को कहा है। कृपया बदलाव की पुष्टि करें:'],
    action: 'यह ईमेल पता इस्तेमाल करें',
    footer: ['लिंक एक बार, {lifetime} तक काम करता है।', 'अगर आपने यह नहीं माँगा, तो इस ईमेल को अनदेखा कर सकते हैं और कुछ नहीं बदलेगा।'],
  },
  invitation: {
    subject: 'Kinship पर {organisation} में शामिल होने का निमंत्रण',
    paragraphs: ['नमस्ते,', '{inviter} ने आपको Kinship पर {organisation} में {role} के रूप में शामिल होने का निमंत्रण दिया है।'],
    action: 'निमंत्रण स्वीकार करें',
    footer: ['लिंक एक बार, {lifetime} तक काम करता है।', 'अगर आप इस संस्था को नहीं जानते, तो इस ईमेल को अनदेखा कर सकते हैं।'],
  },
  password_changed: {
    subject: 'आपका Kinship पासवर्ड बदल दिया गया',
    paragraphs: ['नमस्ते {name},', 'आपके Kinship खाते का पासवर्ड अभी बदला गया है, और आपके दूसरे सत्र लॉग आउट कर दिए गए हैं।'],
    footer: ['अगर यह आप नहीं थे, तो तुरंत लॉग-इन पृष्ठ ({webUrl}/forgot-password) से अपना पासवर्ड रीसेट करें।'],
  },
  email_changed: {
    subject: 'आपके Kinship खाते का ईमेल पता बदल दिया गया',
    paragraphs: ['नमस्ते {name},', 'आपका Kinship खाता अब दूसरा ईमेल पता इस्तेमाल करता है: {newEmail}। इस पते पर अब हमारी ईमेल नहीं आएगी।'],
    footer: ['अगर यह आप नहीं थे, तो अपनी संस्था में Kinship चलाने वाले व्यक्ति से संपर्क करें।'],
  },
  scheduled_report: {
    subject: '{organisation} की {frequencyWord} पूर्णता रिपोर्ट तैयार है',
    paragraphs: [
      'नमस्ते {name},',
      '{organisation} की {frequencyWord} पूर्णता रिपोर्ट तैयार है। यह इस ई-मेल के साथ नहीं जुड़ी है: इसे डाउनलोड करने के लिए लिंक खोलें और Kinship में लॉग इन करें।',
    ],
    action: 'रिपोर्ट खोलें',
    footer: [
      'यह लिंक {lifetime} तक काम करता है, केवल आपके लिए और केवल लॉग इन करने के बाद।',
      'अगर आपको यह रिपोर्ट नहीं मिलनी चाहिए, तो कृपया {organisation} के किसी पार्टनर एडमिन को बताएँ।',
    ],
  },
};

const ja: Mails = {
  password_reset: {
    subject: 'Kinship のパスワードの再設定',
    paragraphs: [
      '{name} さん',
      'Kinship アカウントのパスワード再設定のご依頼がありました。新しいパスワードを設定するには、このリンクを開いてください：',
    ],
    action: '新しいパスワードを設定',
    footer: ['リンクは 1 回だけ、{lifetime}有効です。', 'お心当たりがなければ、このメールは無視してください。パスワードは変わりません。'],
  },
  email_verification: {
    subject: 'Kinship のメールアドレスの確認',
    paragraphs: ['{name} さん', 'Kinship へようこそ。このメールアドレスがあなたのものであることを確認してください：'],
    action: 'メールアドレスを確認',
    footer: ['リンクは 1 回だけ、{lifetime}有効です。', 'Kinship のアカウントを作成していない場合は、このメールを無視してください。'],
  },
  email_change: {
    subject: 'Kinship の新しいメールアドレスの確認',
    paragraphs: ['{name} さん', 'Kinship アカウントでこのアドレスを使うよう依頼がありました。変更を確認してください：'],
    action: 'このメールアドレスを使う',
    footer: ['リンクは 1 回だけ、{lifetime}有効です。', 'お心当たりがなければ、このメールは無視してください。何も変わりません。'],
  },
  invitation: {
    subject: 'Kinship の {organisation} への招待',
    paragraphs: ['こんにちは。', '{inviter} さんが、Kinship の {organisation} に{role}として参加するようあなたを招待しました。'],
    action: '招待を受ける',
    footer: ['リンクは 1 回だけ、{lifetime}有効です。', 'この団体に心当たりがなければ、このメールは無視してください。'],
  },
  password_changed: {
    subject: 'Kinship のパスワードが変更されました',
    paragraphs: ['{name} さん', 'Kinship アカウントのパスワードが変更され、ほかのセッションはログアウトされました。'],
    footer: ['ご本人でない場合は、すぐにログインページ（{webUrl}/forgot-password）からパスワードを再設定してください。'],
  },
  email_changed: {
    subject: 'Kinship アカウントのメールアドレスが変更されました',
    paragraphs: [
      '{name} さん',
      'Kinship アカウントは別のメールアドレス {newEmail} を使うようになりました。このアドレスには今後メールが届きません。',
    ],
    footer: ['ご本人でない場合は、所属団体で Kinship を管理している人に連絡してください。'],
  },
  scheduled_report: {
    subject: '{organisation} の{frequencyWord}修了レポートができました',
    paragraphs: [
      '{name} さん',
      '{organisation} の{frequencyWord}修了レポートができました。このメールには添付されていません。リンクを開き、Kinship にログインしてダウンロードしてください。',
    ],
    action: 'レポートを開く',
    footer: [
      'このリンクは {lifetime} 有効で、ログインしたあなただけが使えます。',
      'このレポートを受け取るはずでない場合は、{organisation} のパートナー管理者に知らせてください。',
    ],
  },
};

const ko: Mails = {
  password_reset: {
    subject: 'Kinship 비밀번호 재설정',
    paragraphs: ['{name}님, 안녕하세요.', '누군가 Kinship 계정의 비밀번호 재설정을 요청했습니다. 새 비밀번호를 정하려면 이 링크를 여세요:'],
    action: '새 비밀번호 정하기',
    footer: ['링크는 한 번, {lifetime} 동안 쓸 수 있습니다.', '요청한 적이 없다면 이 메일은 무시하셔도 됩니다. 비밀번호는 그대로입니다.'],
  },
  email_verification: {
    subject: 'Kinship 이메일 주소 확인',
    paragraphs: ['{name}님, 안녕하세요.', 'Kinship에 오신 것을 환영합니다. 이 이메일 주소가 본인의 것인지 확인해 주세요:'],
    action: '이메일 주소 확인',
    footer: ['링크는 한 번, {lifetime} 동안 쓸 수 있습니다.', 'Kinship 계정을 만든 적이 없다면 이 메일은 무시하셔도 됩니다.'],
  },
  email_change: {
    subject: 'Kinship 새 이메일 주소 확인',
    paragraphs: ['{name}님, 안녕하세요.', 'Kinship 계정에 이 주소를 쓰도록 요청하셨습니다. 변경을 확인해 주세요:'],
    action: '이 이메일 주소 사용',
    footer: ['링크는 한 번, {lifetime} 동안 쓸 수 있습니다.', '요청한 적이 없다면 이 메일은 무시하셔도 되며, 아무것도 바뀌지 않습니다.'],
  },
  invitation: {
    subject: 'Kinship의 {organisation}에 초대합니다',
    paragraphs: ['안녕하세요.', '{inviter}님이 Kinship의 {organisation}에 {role}(으)로 참여하도록 초대했습니다.'],
    action: '초대 수락',
    footer: ['링크는 한 번, {lifetime} 동안 쓸 수 있습니다.', '이 기관을 모른다면 이 메일은 무시하셔도 됩니다.'],
  },
  password_changed: {
    subject: 'Kinship 비밀번호가 바뀌었습니다',
    paragraphs: ['{name}님, 안녕하세요.', 'Kinship 계정의 비밀번호가 방금 바뀌었고, 다른 세션은 로그아웃되었습니다.'],
    footer: ['본인이 아니라면 지금 바로 로그인 페이지({webUrl}/forgot-password)에서 비밀번호를 재설정하세요.'],
  },
  email_changed: {
    subject: 'Kinship 계정의 이메일 주소가 바뀌었습니다',
    paragraphs: [
      '{name}님, 안녕하세요.',
      '이제 Kinship 계정은 다른 이메일 주소 {newEmail}을(를) 사용합니다. 이 주소로는 더 이상 메일이 가지 않습니다.',
    ],
    footer: ['본인이 아니라면 소속 기관에서 Kinship을 운영하는 사람에게 연락하세요.'],
  },
  scheduled_report: {
    subject: '{organisation}의 {frequencyWord} 이수 보고서가 준비되었습니다',
    paragraphs: [
      '{name}님, 안녕하세요.',
      '{organisation}의 {frequencyWord} 이수 보고서가 준비되었습니다. 이 이메일에 첨부되어 있지 않습니다. 링크를 열고 Kinship에 로그인하여 내려받으세요.',
    ],
    action: '보고서 열기',
    footer: [
      '이 링크는 {lifetime} 동안, 로그인한 본인만 사용할 수 있습니다.',
      '이 보고서를 받으면 안 되는 경우 {organisation}의 파트너 관리자에게 알려 주세요.',
    ],
  },
};

const fa: Mails = {
  password_reset: {
    subject: 'بازنشانی گذرواژهٔ Kinship',
    paragraphs: [
      'سلام {name}،',
      'کسی درخواست بازنشانی گذرواژهٔ حساب Kinship شما را داده است. برای انتخاب گذرواژهٔ تازه، این پیوند را باز کنید:',
    ],
    action: 'انتخاب گذرواژهٔ تازه',
    footer: [
      'پیوند یک بار و به مدت {lifetime} کار می‌کند.',
      'اگر چنین درخواستی نداده‌اید، این ایمیل را نادیده بگیرید: گذرواژهٔ شما تغییر نمی‌کند.',
    ],
  },
  email_verification: {
    subject: 'تأیید نشانی ایمیل شما برای Kinship',
    paragraphs: ['سلام {name}،', 'به Kinship خوش آمدید. لطفاً تأیید کنید که این نشانی ایمیل مال شماست:'],
    action: 'تأیید نشانی ایمیلم',
    footer: ['پیوند یک بار و به مدت {lifetime} کار می‌کند.', 'اگر حساب Kinship نساخته‌اید، این ایمیل را نادیده بگیرید.'],
  },
  email_change: {
    subject: 'تأیید نشانی ایمیل تازهٔ شما برای Kinship',
    paragraphs: ['سلام {name}،', 'درخواست کرده‌اید این نشانی برای حساب Kinship شما استفاده شود. لطفاً تغییر را تأیید کنید:'],
    action: 'استفاده از این نشانی ایمیل',
    footer: [
      'پیوند یک بار و به مدت {lifetime} کار می‌کند.',
      'اگر چنین درخواستی نداده‌اید، این ایمیل را نادیده بگیرید؛ چیزی تغییر نمی‌کند.',
    ],
  },
  invitation: {
    subject: 'دعوت به {organisation} در Kinship',
    paragraphs: ['سلام،', '{inviter} شما را دعوت کرده است که با نقش {role} به {organisation} در Kinship بپیوندید.'],
    action: 'پذیرفتن دعوت',
    footer: ['پیوند یک بار و به مدت {lifetime} کار می‌کند.', 'اگر این سازمان را نمی‌شناسید، این ایمیل را نادیده بگیرید.'],
  },
  password_changed: {
    subject: 'گذرواژهٔ Kinship شما تغییر کرد',
    paragraphs: ['سلام {name}،', 'گذرواژهٔ حساب Kinship شما همین حالا تغییر کرد و نشست‌های دیگرتان بسته شدند.'],
    footer: ['اگر این کار شما نبود، فوراً از صفحهٔ ورود ({webUrl}/forgot-password) گذرواژه‌تان را بازنشانی کنید.'],
  },
  email_changed: {
    subject: 'نشانی ایمیل حساب Kinship شما تغییر کرد',
    paragraphs: [
      'سلام {name}،',
      'حساب Kinship شما اکنون از نشانی دیگری استفاده می‌کند: {newEmail}. این نشانی دیگر ایمیلی از ما دریافت نمی‌کند.',
    ],
    footer: ['اگر این کار شما نبود، با کسی که Kinship را در سازمان شما اداره می‌کند تماس بگیرید.'],
  },
  scheduled_report: {
    subject: 'گزارش تکمیل {frequencyWord} {organisation} آماده است',
    paragraphs: [
      'سلام {name}،',
      'گزارش تکمیل {frequencyWord} {organisation} آماده است. این گزارش پیوست این ایمیل نیست: پیوند را باز کنید و برای دریافت آن وارد Kinship شوید.',
    ],
    action: 'باز کردن گزارش',
    footer: [
      'این پیوند به مدت {lifetime} کار می‌کند، فقط برای شما و فقط پس از ورود.',
      'اگر نباید این گزارش را دریافت کنید، لطفاً به یکی از مدیران همکار {organisation} خبر دهید.',
    ],
  },
};

const pa: Mails = {
  password_reset: {
    subject: 'ਆਪਣਾ Kinship ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰੋ',
    paragraphs: ['ਸਤ ਸ੍ਰੀ ਅਕਾਲ {name},', 'ਕਿਸੇ ਨੇ ਤੁਹਾਡੇ Kinship ਖਾਤੇ ਦਾ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰਨ ਲਈ ਕਿਹਾ ਹੈ। ਨਵਾਂ ਪਾਸਵਰਡ ਚੁਣਨ ਲਈ ਇਹ ਲਿੰਕ ਖੋਲ੍ਹੋ:'],
    action: 'ਨਵਾਂ ਪਾਸਵਰਡ ਚੁਣੋ',
    footer: ['ਲਿੰਕ ਇੱਕ ਵਾਰ, {lifetime} ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ।', 'ਜੇ ਤੁਸੀਂ ਇਹ ਨਹੀਂ ਮੰਗਿਆ, ਤਾਂ ਇਸ ਈਮੇਲ ਨੂੰ ਅਣਡਿੱਠ ਕਰ ਸਕਦੇ ਹੋ: ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਉਹੀ ਰਹੇਗਾ।'],
  },
  email_verification: {
    subject: 'Kinship ਲਈ ਆਪਣੇ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ',
    paragraphs: ['ਸਤ ਸ੍ਰੀ ਅਕਾਲ {name},', 'Kinship ਵਿੱਚ ਜੀ ਆਇਆਂ ਨੂੰ। ਕਿਰਪਾ ਕਰਕੇ ਪੁਸ਼ਟੀ ਕਰੋ ਕਿ ਇਹ ਈਮੇਲ ਪਤਾ ਤੁਹਾਡਾ ਹੈ:'],
    action: 'ਮੇਰੇ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ',
    footer: ['ਲਿੰਕ ਇੱਕ ਵਾਰ, {lifetime} ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ।', 'ਜੇ ਤੁਸੀਂ Kinship ਖਾਤਾ ਨਹੀਂ ਬਣਾਇਆ, ਤਾਂ ਇਸ ਈਮੇਲ ਨੂੰ ਅਣਡਿੱਠ ਕਰ ਸਕਦੇ ਹੋ।'],
  },
  email_change: {
    subject: 'Kinship ਲਈ ਆਪਣੇ ਨਵੇਂ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ',
    paragraphs: ['ਸਤ ਸ੍ਰੀ ਅਕਾਲ {name},', 'ਤੁਸੀਂ ਆਪਣੇ Kinship ਖਾਤੇ ਲਈ ਇਹ ਪਤਾ ਵਰਤਣ ਲਈ ਕਿਹਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਬਦਲਾਅ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ:'],
    action: 'ਇਹ ਈਮੇਲ ਪਤਾ ਵਰਤੋ',
    footer: ['ਲਿੰਕ ਇੱਕ ਵਾਰ, {lifetime} ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ।', 'ਜੇ ਤੁਸੀਂ ਇਹ ਨਹੀਂ ਮੰਗਿਆ, ਤਾਂ ਇਸ ਈਮੇਲ ਨੂੰ ਅਣਡਿੱਠ ਕਰ ਸਕਦੇ ਹੋ, ਕੁਝ ਨਹੀਂ ਬਦਲੇਗਾ।'],
  },
  invitation: {
    subject: 'Kinship ’ਤੇ {organisation} ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਦਾ ਸੱਦਾ',
    paragraphs: ['ਸਤ ਸ੍ਰੀ ਅਕਾਲ,', '{inviter} ਨੇ ਤੁਹਾਨੂੰ Kinship ’ਤੇ {organisation} ਵਿੱਚ {role} ਵਜੋਂ ਸ਼ਾਮਲ ਹੋਣ ਦਾ ਸੱਦਾ ਦਿੱਤਾ ਹੈ।'],
    action: 'ਸੱਦਾ ਸਵੀਕਾਰ ਕਰੋ',
    footer: ['ਲਿੰਕ ਇੱਕ ਵਾਰ, {lifetime} ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ।', 'ਜੇ ਤੁਸੀਂ ਇਸ ਸੰਸਥਾ ਨੂੰ ਨਹੀਂ ਜਾਣਦੇ, ਤਾਂ ਇਸ ਈਮੇਲ ਨੂੰ ਅਣਡਿੱਠ ਕਰ ਸਕਦੇ ਹੋ।'],
  },
  password_changed: {
    subject: 'ਤੁਹਾਡਾ Kinship ਪਾਸਵਰਡ ਬਦਲ ਦਿੱਤਾ ਗਿਆ',
    paragraphs: ['ਸਤ ਸ੍ਰੀ ਅਕਾਲ {name},', 'ਤੁਹਾਡੇ Kinship ਖਾਤੇ ਦਾ ਪਾਸਵਰਡ ਹੁਣੇ ਬਦਲਿਆ ਗਿਆ ਹੈ, ਅਤੇ ਤੁਹਾਡੇ ਹੋਰ ਸੈਸ਼ਨ ਲੌਗ ਆਊਟ ਕਰ ਦਿੱਤੇ ਗਏ ਹਨ।'],
    footer: ['ਜੇ ਇਹ ਤੁਸੀਂ ਨਹੀਂ ਸੀ, ਤਾਂ ਤੁਰੰਤ ਲੌਗ-ਇਨ ਪੰਨੇ ({webUrl}/forgot-password) ਤੋਂ ਆਪਣਾ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰੋ।'],
  },
  email_changed: {
    subject: 'ਤੁਹਾਡੇ Kinship ਖਾਤੇ ਦਾ ਈਮੇਲ ਪਤਾ ਬਦਲ ਦਿੱਤਾ ਗਿਆ',
    paragraphs: ['ਸਤ ਸ੍ਰੀ ਅਕਾਲ {name},', 'ਤੁਹਾਡਾ Kinship ਖਾਤਾ ਹੁਣ ਹੋਰ ਈਮੇਲ ਪਤਾ ਵਰਤਦਾ ਹੈ: {newEmail}। ਇਸ ਪਤੇ ’ਤੇ ਹੁਣ ਸਾਡੀ ਈਮੇਲ ਨਹੀਂ ਆਵੇਗੀ।'],
    footer: ['ਜੇ ਇਹ ਤੁਸੀਂ ਨਹੀਂ ਸੀ, ਤਾਂ ਆਪਣੀ ਸੰਸਥਾ ਵਿੱਚ Kinship ਚਲਾਉਣ ਵਾਲੇ ਵਿਅਕਤੀ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।'],
  },
  scheduled_report: {
    subject: '{organisation} ਦੀ {frequencyWord} ਪੂਰਤੀ ਰਿਪੋਰਟ ਤਿਆਰ ਹੈ',
    paragraphs: [
      'ਸਤ ਸ੍ਰੀ ਅਕਾਲ {name},',
      '{organisation} ਦੀ {frequencyWord} ਪੂਰਤੀ ਰਿਪੋਰਟ ਤਿਆਰ ਹੈ। ਇਹ ਇਸ ਈ-ਮੇਲ ਨਾਲ ਨੱਥੀ ਨਹੀਂ ਹੈ: ਇਸ ਨੂੰ ਡਾਊਨਲੋਡ ਕਰਨ ਲਈ ਲਿੰਕ ਖੋਲ੍ਹੋ ਅਤੇ Kinship ਵਿੱਚ ਲੌਗ ਇਨ ਕਰੋ।',
    ],
    action: 'ਰਿਪੋਰਟ ਖੋਲ੍ਹੋ',
    footer: [
      'ਇਹ ਲਿੰਕ {lifetime} ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ, ਸਿਰਫ਼ ਤੁਹਾਡੇ ਲਈ ਅਤੇ ਸਿਰਫ਼ ਲੌਗ ਇਨ ਕਰਨ ਤੋਂ ਬਾਅਦ।',
      'ਜੇ ਤੁਹਾਨੂੰ ਇਹ ਰਿਪੋਰਟ ਨਹੀਂ ਮਿਲਣੀ ਚਾਹੀਦੀ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ {organisation} ਦੇ ਕਿਸੇ ਭਾਈਵਾਲ ਪ੍ਰਬੰਧਕ ਨੂੰ ਦੱਸੋ।',
    ],
  },
};

const es: Mails = {
  password_reset: {
    subject: 'Restablezca su contraseña de Kinship',
    paragraphs: [
      'Hola, {name}:',
      'Alguien pidió restablecer la contraseña de su cuenta de Kinship. Para elegir una contraseña nueva, abra este enlace:',
    ],
    action: 'Elegir una contraseña nueva',
    footer: ['El enlace funciona una vez, durante {lifetime}.', 'Si no lo pidió, puede ignorar este correo: su contraseña sigue igual.'],
  },
  email_verification: {
    subject: 'Confirme su dirección de correo para Kinship',
    paragraphs: ['Hola, {name}:', 'Le damos la bienvenida a Kinship. Confirme que esta dirección de correo es suya:'],
    action: 'Confirmar mi dirección de correo',
    footer: ['El enlace funciona una vez, durante {lifetime}.', 'Si no creó una cuenta de Kinship, puede ignorar este correo.'],
  },
  email_change: {
    subject: 'Confirme su nueva dirección de correo para Kinship',
    paragraphs: ['Hola, {name}:', 'Pidió usar esta dirección para su cuenta de Kinship. Confirme el cambio:'],
    action: 'Usar esta dirección de correo',
    footer: ['El enlace funciona una vez, durante {lifetime}.', 'Si no lo pidió, puede ignorar este correo y no cambiará nada.'],
  },
  invitation: {
    subject: 'Le invitan a {organisation} en Kinship',
    paragraphs: ['Hola:', '{inviter} le invitó a unirse a {organisation} en Kinship como {role}.'],
    action: 'Aceptar la invitación',
    footer: ['El enlace funciona una vez, durante {lifetime}.', 'Si no conoce esta organización, puede ignorar este correo.'],
  },
  password_changed: {
    subject: 'Se cambió su contraseña de Kinship',
    paragraphs: ['Hola, {name}:', 'Se acaba de cambiar la contraseña de su cuenta de Kinship y se cerraron sus otras sesiones.'],
    footer: ['Si no fue usted, restablezca su contraseña de inmediato desde la página de inicio de sesión ({webUrl}/forgot-password).'],
  },
  email_changed: {
    subject: 'Se cambió la dirección de correo de su cuenta de Kinship',
    paragraphs: [
      'Hola, {name}:',
      'Su cuenta de Kinship ahora usa otra dirección de correo: {newEmail}. Esta dirección dejará de recibir nuestros correos.',
    ],
    footer: ['Si no fue usted, comuníquese con la persona que gestiona Kinship en su organización.'],
  },
  scheduled_report: {
    subject: 'El informe de finalización {frequencyWord} de {organisation} está listo',
    paragraphs: [
      'Hola, {name}:',
      'El informe de finalización {frequencyWord} de {organisation} está listo. No va adjunto a este correo: abra el enlace e inicie sesión en Kinship para descargarlo.',
    ],
    action: 'Abrir el informe',
    footer: [
      'El enlace funciona durante {lifetime}, solo para usted y solo después de iniciar sesión.',
      'Si no debería recibir este informe, avise a una persona administradora de {organisation}.',
    ],
  },
};

const tl: Mails = {
  password_reset: {
    subject: 'I-reset ang iyong Kinship password',
    paragraphs: [
      'Kumusta {name},',
      'May humiling na i-reset ang password ng iyong Kinship account. Para pumili ng bagong password, buksan ang link na ito:',
    ],
    action: 'Pumili ng bagong password',
    footer: [
      'Gumagana ang link nang isang beses, sa loob ng {lifetime}.',
      'Kung hindi ikaw ang humiling nito, maaari mong balewalain ang e-mail na ito: hindi magbabago ang iyong password.',
    ],
  },
  email_verification: {
    subject: 'Kumpirmahin ang iyong e-mail address para sa Kinship',
    paragraphs: ['Kumusta {name},', 'Maligayang pagdating sa Kinship. Pakikumpirma na iyo ang e-mail address na ito:'],
    action: 'Kumpirmahin ang aking e-mail address',
    footer: [
      'Gumagana ang link nang isang beses, sa loob ng {lifetime}.',
      'Kung hindi ka gumawa ng Kinship account, maaari mong balewalain ang e-mail na ito.',
    ],
  },
  email_change: {
    subject: 'Kumpirmahin ang iyong bagong e-mail address para sa Kinship',
    paragraphs: ['Kumusta {name},', 'Hiniling mong gamitin ang address na ito para sa iyong Kinship account. Pakikumpirma ang pagbabago:'],
    action: 'Gamitin ang e-mail address na ito',
    footer: [
      'Gumagana ang link nang isang beses, sa loob ng {lifetime}.',
      'Kung hindi ikaw ang humiling nito, maaari mong balewalain ang e-mail na ito at walang magbabago.',
    ],
  },
  invitation: {
    subject: 'Inimbitahan ka sa {organisation} sa Kinship',
    paragraphs: ['Kumusta,', 'Inimbitahan ka ni {inviter} na sumali sa {organisation} sa Kinship bilang {role}.'],
    action: 'Tanggapin ang imbitasyon',
    footer: [
      'Gumagana ang link nang isang beses, sa loob ng {lifetime}.',
      'Kung hindi mo kilala ang organisasyong ito, maaari mong balewalain ang e-mail na ito.',
    ],
  },
  password_changed: {
    subject: 'Napalitan ang iyong Kinship password',
    paragraphs: ['Kumusta {name},', 'Kapapalit lang ng password ng iyong Kinship account, at na-log out ang iba mong session.'],
    footer: ['Kung hindi ikaw ito, i-reset agad ang iyong password mula sa pahina ng pag-log in ({webUrl}/forgot-password).'],
  },
  email_changed: {
    subject: 'Napalitan ang e-mail address ng iyong Kinship account',
    paragraphs: [
      'Kumusta {name},',
      'Ibang e-mail address na ang gamit ng iyong Kinship account: {newEmail}. Hindi na makatatanggap ng e-mail mula sa amin ang address na ito.',
    ],
    footer: ['Kung hindi ikaw ito, makipag-ugnayan sa taong namamahala ng Kinship sa iyong organisasyon.'],
  },
  scheduled_report: {
    subject: 'Handa na ang {frequencyWord} ulat ng pagkumpleto ng {organisation}',
    paragraphs: [
      'Kumusta {name},',
      'Handa na ang {frequencyWord} ulat ng pagkumpleto ng {organisation}. Hindi ito nakalakip sa e-mail na ito: buksan ang link at mag-log in sa Kinship para i-download ito.',
    ],
    action: 'Buksan ang ulat',
    footer: [
      'Gumagana ang link sa loob ng {lifetime}, para lang sa iyo at kapag naka-log in ka lang.',
      'Kung hindi ka dapat makatanggap ng ulat na ito, pakisabihan ang isang partner admin ng {organisation}.',
    ],
  },
};

const vi: Mails = {
  password_reset: {
    subject: 'Đặt lại mật khẩu Kinship của bạn',
    paragraphs: [
      'Chào {name},',
      'Có người đã yêu cầu đặt lại mật khẩu tài khoản Kinship của bạn. Để chọn mật khẩu mới, hãy mở đường dẫn này:',
    ],
    action: 'Chọn mật khẩu mới',
    footer: [
      'Đường dẫn dùng được một lần, trong {lifetime}.',
      'Nếu bạn không yêu cầu, có thể bỏ qua email này: mật khẩu của bạn vẫn giữ nguyên.',
    ],
  },
  email_verification: {
    subject: 'Xác nhận địa chỉ email của bạn cho Kinship',
    paragraphs: ['Chào {name},', 'Chào mừng bạn đến với Kinship. Vui lòng xác nhận địa chỉ email này là của bạn:'],
    action: 'Xác nhận địa chỉ email',
    footer: ['Đường dẫn dùng được một lần, trong {lifetime}.', 'Nếu bạn không tạo tài khoản Kinship, có thể bỏ qua email này.'],
  },
  email_change: {
    subject: 'Xác nhận địa chỉ email mới của bạn cho Kinship',
    paragraphs: ['Chào {name},', 'Bạn đã yêu cầu dùng địa chỉ này cho tài khoản Kinship. Vui lòng xác nhận thay đổi:'],
    action: 'Dùng địa chỉ email này',
    footer: [
      'Đường dẫn dùng được một lần, trong {lifetime}.',
      'Nếu bạn không yêu cầu, có thể bỏ qua email này và sẽ không có gì thay đổi.',
    ],
  },
  invitation: {
    subject: 'Lời mời tham gia {organisation} trên Kinship',
    paragraphs: ['Xin chào,', '{inviter} đã mời bạn tham gia {organisation} trên Kinship với vai trò {role}.'],
    action: 'Chấp nhận lời mời',
    footer: ['Đường dẫn dùng được một lần, trong {lifetime}.', 'Nếu bạn không biết tổ chức này, có thể bỏ qua email này.'],
  },
  password_changed: {
    subject: 'Mật khẩu Kinship của bạn đã được đổi',
    paragraphs: ['Chào {name},', 'Mật khẩu tài khoản Kinship của bạn vừa được đổi, và các phiên khác đã được đăng xuất.'],
    footer: ['Nếu không phải bạn, hãy đặt lại mật khẩu ngay từ trang đăng nhập ({webUrl}/forgot-password).'],
  },
  email_changed: {
    subject: 'Địa chỉ email của tài khoản Kinship đã được đổi',
    paragraphs: [
      'Chào {name},',
      'Tài khoản Kinship của bạn giờ dùng một địa chỉ email khác: {newEmail}. Địa chỉ này sẽ không nhận email của chúng tôi nữa.',
    ],
    footer: ['Nếu không phải bạn, hãy liên hệ người quản lý Kinship ở tổ chức của bạn.'],
  },
  scheduled_report: {
    subject: 'Báo cáo hoàn thành {frequencyWord} của {organisation} đã sẵn sàng',
    paragraphs: [
      'Chào {name},',
      'Báo cáo hoàn thành {frequencyWord} của {organisation} đã sẵn sàng. Báo cáo không được đính kèm trong e-mail này: hãy mở liên kết và đăng nhập vào Kinship để tải xuống.',
    ],
    action: 'Mở báo cáo',
    footer: [
      'Liên kết có hiệu lực trong {lifetime}, chỉ dành cho bạn và chỉ sau khi bạn đăng nhập.',
      'Nếu bạn không nên nhận báo cáo này, vui lòng báo cho một quản trị viên đối tác của {organisation}.',
    ],
  },
};

export const DRAFT_MAIL_TEXT: Record<DraftMailLocale, Mails> = { ar, 'zh-Hans': zhHans, 'zh-Hant': zhHant, hi, ja, ko, fa, pa, es, tl, vi };

/** Role names as an invitation prints them, in the same languages. */
export const DRAFT_ROLE_NAMES: Record<DraftMailLocale, Record<string, string>> = {
  ar: { teacher: 'معلّم', trainer: 'مدرّب', partner_admin: 'مسؤول شريك', learner: 'متعلّم', admin: 'مسؤول' },
  'zh-Hans': { teacher: '教师', trainer: '培训师', partner_admin: '合作机构管理员', learner: '学员', admin: '管理员' },
  'zh-Hant': { teacher: '教師', trainer: '培訓師', partner_admin: '合作機構管理員', learner: '學員', admin: '管理員' },
  hi: { teacher: 'शिक्षक', trainer: 'प्रशिक्षक', partner_admin: 'साझेदार व्यवस्थापक', learner: 'शिक्षार्थी', admin: 'व्यवस्थापक' },
  ja: { teacher: '教員', trainer: '講師', partner_admin: 'パートナー管理者', learner: '受講者', admin: '管理者' },
  ko: { teacher: '교사', trainer: '강사', partner_admin: '협력 기관 관리자', learner: '학습자', admin: '관리자' },
  fa: { teacher: 'معلم', trainer: 'مربی', partner_admin: 'مدیر سازمان همکار', learner: 'یادگیرنده', admin: 'مدیر' },
  pa: { teacher: 'ਅਧਿਆਪਕ', trainer: 'ਟ੍ਰੇਨਰ', partner_admin: 'ਭਾਈਵਾਲ ਪ੍ਰਬੰਧਕ', learner: 'ਸਿਖਿਆਰਥੀ', admin: 'ਪ੍ਰਬੰਧਕ' },
  es: {
    teacher: 'docente',
    trainer: 'formador/a',
    partner_admin: 'administrador/a de socio',
    learner: 'estudiante',
    admin: 'administrador/a',
  },
  tl: { teacher: 'guro', trainer: 'tagasanay', partner_admin: 'administrator ng katuwang', learner: 'mag-aaral', admin: 'administrator' },
  vi: {
    teacher: 'giáo viên',
    trainer: 'người hướng dẫn',
    partner_admin: 'quản trị viên đối tác',
    learner: 'người học',
    admin: 'quản trị viên',
  },
};
