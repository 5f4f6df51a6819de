/** The export player's words, per language: what the page and the player script show. */
const STRINGS = {
  en: {
    previous: 'Previous',
    next: 'Next',
    navigation: 'Course navigation',
    part: 'Part {n} of {total}',
    checkAnswers: 'Check my answers',
    correct: 'Correct.',
    notQuite: 'Not quite.',
    checkPassed: 'Well done: {correct} of {total} right. You passed this check.',
    checkFailed: '{correct} of {total} right. Read the feedback, then try again.',
    checkEarlier: 'Your last result in this check: {percent}% right.',
    chooseFirst: 'Please choose an answer for every question first.',
    whatWouldYouDo: 'What would you do?',
    choose: 'Choose',
    bestChoice: 'A helpful choice.',
    otherChoice: 'Think about what could happen next.',
    reflectionNote:
      'Your reflection is not marked or shared. It is kept only in your browser and in your saved progress in this course on your learning platform, so that you can come back to it.',
    transcript: 'Transcript',
    captions: 'Captions',
    needsScript: 'Answering here needs JavaScript.',
    complete: 'You have finished this course. You can close this window now.',
  },
  fr: {
    previous: 'Précédent',
    next: 'Suivant',
    navigation: 'Navigation dans le cours',
    part: 'Partie {n} sur {total}',
    checkAnswers: 'Vérifier mes réponses',
    correct: 'Exact.',
    notQuite: 'Pas tout à fait.',
    checkPassed: 'Bravo : {correct} bonnes réponses sur {total}. Vous avez réussi cette vérification.',
    checkFailed: '{correct} bonnes réponses sur {total}. Lisez les commentaires, puis réessayez.',
    checkEarlier: 'Votre dernier résultat à cette vérification : {percent} % de bonnes réponses.',
    chooseFirst: 'Choisissez d’abord une réponse à chaque question.',
    whatWouldYouDo: 'Que feriez-vous ?',
    choose: 'Choisir',
    bestChoice: 'Un choix utile.',
    otherChoice: 'Pensez à ce qui pourrait arriver ensuite.',
    reflectionNote:
      'Votre réflexion n’est ni notée ni partagée. Elle est gardée uniquement dans votre navigateur et dans votre progression enregistrée dans ce cours sur votre plateforme de formation, pour que vous puissiez y revenir.',
    transcript: 'Transcription',
    captions: 'Sous-titres',
    needsScript: 'Pour répondre ici, JavaScript doit être activé.',
    complete: 'Vous avez terminé ce cours. Vous pouvez maintenant fermer cette fenêtre.',
  },
} satisfies Record<string, Record<string, string>>;

export type Strings = (typeof STRINGS)['en'];

/** What the player needs to score checks and answer scenarios in the browser. */
export function stringsFor(locale: string): Strings {
  const language = locale.split('-')[0] ?? locale;
  return language in STRINGS ? STRINGS[language as keyof typeof STRINGS] : STRINGS.en;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
