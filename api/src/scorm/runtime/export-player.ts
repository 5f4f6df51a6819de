// Runs in the browser, inside a course exported as a SCORM package (scorm/export/course-package.ts),
// in whatever LMS imports it. It shows one unit at a time, scores checks from the course-data block,
// and reports progress, completion, success and score through the LMS's SCORM 1.2 or 2004 API.
// Without an LMS it is a plain page that still navigates and scores. Everything lives in this
// function, so nothing is added to window (and nothing clashes with host.ts, compiled alongside).
(() => {
  interface OptionData {
    id: string;
    correct: boolean;
    feedback: string;
  }
  interface CheckData {
    passMark: number;
    questions: { id: string; kind: 'single' | 'multiple'; options: OptionData[] }[];
  }
  interface ChoiceData {
    id: string;
    best: boolean;
    consequence: string;
  }
  interface CourseData {
    format: 'scorm12' | 'scorm2004';
    passMark: number;
    units: { id: string; type: string }[];
    checks: Record<string, CheckData>;
    scenarios: Record<string, { choices: ChoiceData[] }>;
    strings: Record<string, string>;
  }
  /** What survives between sessions, in suspend data. */
  interface Saved {
    visited: string[];
    /** Scaled score of the last attempt at each check. */
    checks: Record<string, number>;
    reflections: Record<string, string>;
    scenarios: Record<string, string>;
  }
  interface Api2004 {
    Initialize(parameter: string): unknown;
    Terminate(parameter: string): unknown;
    GetValue(element: string): unknown;
    SetValue(element: string, value: string): unknown;
    Commit(parameter: string): unknown;
    GetLastError(): unknown;
  }
  interface Api12 {
    LMSInitialize(parameter: string): unknown;
    LMSFinish(parameter: string): unknown;
    LMSGetValue(element: string): unknown;
    LMSSetValue(element: string, value: string): unknown;
    LMSCommit(parameter: string): unknown;
    LMSGetLastError(): unknown;
  }
  /** The two API generations behind one face. */
  interface Lms {
    version: '1.2' | '2004';
    initialize(): boolean;
    get(element: string): string;
    set(element: string, value: string): void;
    commit(): void;
    finish(): void;
    error(): string;
  }

  const MAX_HOPS = 7;
  // SCORM 1.2 guarantees 4096 characters of suspend data; 2004 4th Edition guarantees 64000.
  const SUSPEND_LIMIT = { '1.2': 4000, '2004': 64000 };

  const data = readData();
  if (!data) return;
  const course: CourseData = data;
  const strings = course.strings;
  const sections = Array.from(document.querySelectorAll<HTMLElement>('section[data-unit]'));
  const pager = document.querySelector<HTMLElement>('nav.pager');
  const previousButton = pager?.querySelector<HTMLButtonElement>('[data-nav="previous"]') ?? null;
  const nextButton = pager?.querySelector<HTMLButtonElement>('[data-nav="next"]') ?? null;
  const status = document.querySelector<HTMLElement>('.course-status');
  const saved: Saved = { visited: [], checks: {}, reflections: {}, scenarios: {} };
  const startedAt = Date.now();
  let current = 0;
  let lms: Lms | null = null;
  let finished = false;
  let interactions: number | null = null;
  let saveTimer: number | undefined;

  function readData(): CourseData | null {
    try {
      const parsed: unknown = JSON.parse(document.getElementById('course-data')?.textContent ?? '');
      return typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as CourseData).units) ? (parsed as CourseData) : null;
    } catch {
      return null;
    }
  }

  function fill(template: string | undefined, values: Record<string, string | number>): string {
    return (template ?? '').replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
  }

  // ---- Finding and wrapping the LMS API ----

  function property(win: Window, name: string): unknown {
    try {
      return (win as unknown as Record<string, unknown>)[name];
    } catch {
      // A cross-origin window throws on access: it is not where the API lives.
      return undefined;
    }
  }

  /** The standard search: this window and its parents, a bounded number of hops up. */
  function scanParents(start: Window, name: string): unknown {
    let win = start;
    for (let hops = 0; hops <= MAX_HOPS; hops++) {
      const api = property(win, name);
      if (api && typeof api === 'object') return api;
      const parent = property(win, 'parent') as Window | undefined;
      if (!parent || parent === win) return null;
      win = parent;
    }
    return null;
  }

  /** Then the window that opened us (an LMS that launches courses in a pop-up), and its own openers. */
  function findApi(name: string): unknown {
    const found = scanParents(window, name);
    if (found) return found;
    let opener = (property(window, 'opener') ?? (window.top ? property(window.top, 'opener') : null)) as Window | null;
    for (let hops = 0; opener && hops < MAX_HOPS; hops++) {
      const api = scanParents(opener, name);
      if (api) return api;
      opener = property(opener, 'opener') as Window | null;
    }
    return null;
  }

  function call(action: () => unknown): string {
    try {
      const result = action();
      return typeof result === 'string' ? result : typeof result === 'number' || typeof result === 'boolean' ? String(result) : '';
    } catch {
      return '';
    }
  }

  function wrap2004(api: Api2004): Lms {
    return {
      version: '2004',
      initialize: () => call(() => api.Initialize('')) === 'true',
      get: (element) => call(() => api.GetValue(element)),
      set: (element, value) => void call(() => api.SetValue(element, value)),
      commit: () => void call(() => api.Commit('')),
      finish: () => void call(() => api.Terminate('')),
      error: () => call(() => api.GetLastError()),
    };
  }

  function wrap12(api: Api12): Lms {
    return {
      version: '1.2',
      initialize: () => call(() => api.LMSInitialize('')) === 'true',
      get: (element) => call(() => api.LMSGetValue(element)),
      set: (element, value) => void call(() => api.LMSSetValue(element, value)),
      commit: () => void call(() => api.LMSCommit('')),
      finish: () => void call(() => api.LMSFinish('')),
      error: () => call(() => api.LMSGetLastError()),
    };
  }

  /** The API of the format the package was built for, else the other one if that is what the LMS offers. */
  function connect(): Lms | null {
    const names = course.format === 'scorm2004' ? ['API_1484_11', 'API'] : ['API', 'API_1484_11'];
    for (const name of names) {
      const api = findApi(name) as Record<string, unknown> | null;
      let found: Lms | null = null;
      if (name === 'API_1484_11' && typeof api?.Initialize === 'function') found = wrap2004(api as unknown as Api2004);
      if (name === 'API' && typeof api?.LMSInitialize === 'function') found = wrap12(api as unknown as Api12);
      if (!found) continue;
      // 103 (2004) and 101 (1.2): the LMS or a wrapper page has already initialized the session.
      if (found.initialize() || ['103', '101'].includes(found.error())) return found;
      return null;
    }
    return null;
  }

  // ---- Saved state ----

  function element(name: 'location' | 'suspend' | 'sessionTime'): string {
    const names = {
      '2004': { location: 'cmi.location', suspend: 'cmi.suspend_data', sessionTime: 'cmi.session_time' },
      '1.2': { location: 'cmi.core.lesson_location', suspend: 'cmi.suspend_data', sessionTime: 'cmi.core.session_time' },
    };
    return names[lms?.version ?? '2004'][name];
  }

  function stringRecord(value: unknown): Record<string, string> {
    const record: Record<string, string> = {};
    if (typeof value !== 'object' || value === null) return record;
    for (const [key, item] of Object.entries(value)) if (typeof item === 'string') record[key] = item;
    return record;
  }

  /** Suspend data written by an earlier session; anything unexpected in it is dropped. */
  function restore(raw: string) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return;
    }
    if (typeof parsed !== 'object' || parsed === null) return;
    const value = parsed as Record<string, unknown>;
    const known = new Set(course.units.map((unit) => unit.id));
    if (Array.isArray(value.visited)) saved.visited = value.visited.filter((id): id is string => typeof id === 'string' && known.has(id));
    if (typeof value.checks === 'object' && value.checks !== null) {
      for (const [id, score] of Object.entries(value.checks)) {
        if (course.checks[id] && typeof score === 'number' && score >= 0 && score <= 1) saved.checks[id] = score;
      }
    }
    saved.reflections = stringRecord(value.reflections);
    saved.scenarios = stringRecord(value.scenarios);
  }

  /** The state as JSON with every reflection cut to at most `cap` characters (never inside a surrogate pair). */
  function stateJson(cap: number): string {
    const reflections: Record<string, string> = {};
    for (const [id, text] of Object.entries(saved.reflections)) {
      const cut = text.length > cap && /[\uD800-\uDBFF]/.test(text.charAt(cap - 1)) ? cap - 1 : cap;
      reflections[id] = text.slice(0, cut);
    }
    return JSON.stringify({ ...saved, reflections });
  }

  /** The state within the runtime's limit: reflections are cut to the longest common length that fits. */
  function suspendData(limit: number): string {
    const longest = Math.max(0, ...Object.values(saved.reflections).map((text) => text.length));
    const full = stateJson(longest);
    if (full.length <= limit) return full;
    // JSON escaping makes the size of a cut hard to predict, so the cap is found by bisection.
    let low = 0;
    let high = longest;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (stateJson(middle).length <= limit) low = middle;
      else high = middle - 1;
    }
    return stateJson(low);
  }

  // ---- Results ----

  function checkIds(): string[] {
    return Object.keys(course.checks);
  }

  function passedCheck(id: string): boolean {
    const score = saved.checks[id];
    return score !== undefined && score >= (course.checks[id]?.passMark ?? course.passMark);
  }

  function isComplete(): boolean {
    return course.units.every((unit) => saved.visited.includes(unit.id)) && checkIds().every(passedCheck);
  }

  /** The average of all checks, once every check has been answered; null before, or without checks. */
  function courseScore(): number | null {
    const scores = checkIds().map((id) => saved.checks[id]);
    if (scores.length === 0 || scores.some((score) => score === undefined)) return null;
    const average = scores.reduce<number>((sum, score) => sum + (score ?? 0), 0) / scores.length;
    return Math.round(average * 10_000) / 10_000;
  }

  function report2004(api: Lms, complete: boolean, score: number | null) {
    api.set('cmi.completion_status', complete ? 'completed' : 'incomplete');
    const visited = course.units.filter((unit) => saved.visited.includes(unit.id)).length;
    api.set('cmi.progress_measure', String(Math.round((visited / Math.max(1, course.units.length)) * 10_000) / 10_000));
    if (score !== null) {
      api.set('cmi.score.min', '0');
      api.set('cmi.score.max', '100');
      api.set('cmi.score.raw', String(Math.round(score * 10_000) / 100));
      api.set('cmi.score.scaled', String(score));
      api.set('cmi.success_status', score >= course.passMark ? 'passed' : 'failed');
    }
    api.set('cmi.exit', complete ? 'normal' : 'suspend');
  }

  function report12(api: Lms, complete: boolean, score: number | null) {
    let lessonStatus = complete ? 'completed' : 'incomplete';
    if (checkIds().length > 0) lessonStatus = score === null ? 'incomplete' : score >= course.passMark ? 'passed' : 'failed';
    api.set('cmi.core.lesson_status', lessonStatus);
    if (score !== null) {
      api.set('cmi.core.score.min', '0');
      api.set('cmi.core.score.max', '100');
      api.set('cmi.core.score.raw', String(Math.round(score * 10_000) / 100));
    }
    api.set('cmi.core.exit', complete ? '' : 'suspend');
  }

  /** Sends the whole state to the LMS and commits: called after every meaningful change. */
  function save() {
    window.clearTimeout(saveTimer);
    const complete = isComplete();
    if (status) status.textContent = complete ? (strings.complete ?? '') : '';
    if (!lms || finished) return;
    const unit = sections[current]?.dataset.unit;
    if (unit) lms.set(element('location'), unit);
    lms.set(element('suspend'), suspendData(SUSPEND_LIMIT[lms.version]));
    if (lms.version === '2004') report2004(lms, complete, courseScore());
    else report12(lms, complete, courseScore());
    lms.commit();
  }

  function saveSoon() {
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(save, 2000);
  }

  // ---- Interactions ----

  /** How many interactions the LMS already holds, or null when it does not record them. */
  function countInteractions(api: Lms): number | null {
    if (api.version === '1.2' && (api.get('cmi.interactions._children') === '' || api.error() !== '0')) return null;
    const count = Number.parseInt(api.get('cmi.interactions._count'), 10);
    return api.error() === '0' && Number.isInteger(count) && count >= 0 ? count : null;
  }

  function identifier(value: string): string {
    return value.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 250) || '_';
  }

  function record(id: string, response: string[], correct: string[] | null, result: 'correct' | 'incorrect' | 'neutral') {
    if (!lms || finished || interactions === null) return;
    const prefix = `cmi.interactions.${interactions}.`;
    interactions += 1;
    const is2004 = lms.version === '2004';
    const separator = is2004 ? '[,]' : ',';
    lms.set(`${prefix}id`, identifier(id));
    lms.set(`${prefix}type`, 'choice');
    if (correct) lms.set(`${prefix}correct_responses.0.pattern`, correct.map(identifier).join(separator));
    lms.set(`${prefix}${is2004 ? 'learner_response' : 'student_response'}`, response.map(identifier).join(separator));
    lms.set(`${prefix}result`, result === 'incorrect' && !is2004 ? 'wrong' : result);
  }

  // ---- Units ----

  function show(index: number, focus: boolean) {
    current = Math.max(0, Math.min(sections.length - 1, index));
    sections.forEach((section, at) => (section.hidden = at !== current));
    if (previousButton) previousButton.disabled = current === 0;
    if (nextButton) nextButton.disabled = current === sections.length - 1;
    const section = sections[current];
    const id = section?.dataset.unit;
    if (id && !saved.visited.includes(id)) saved.visited.push(id);
    if (focus) {
      section?.querySelector<HTMLElement>('h2')?.focus();
      window.scrollTo(0, 0);
    }
    save();
  }

  function sameSet(a: string[], b: string[]): boolean {
    return a.length === b.length && a.every((item) => b.includes(item));
  }

  function showFeedback(input: HTMLInputElement, option: OptionData | undefined) {
    const feedback = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    if (!feedback) return;
    feedback.hidden = !input.checked || !option;
    feedback.textContent = input.checked && option ? option.feedback : '';
    feedback.className = `feedback ${option?.correct ? 'right' : 'wrong'}`;
  }

  function submitCheck(form: HTMLFormElement, unitId: string) {
    const check = course.checks[unitId];
    const result = form.querySelector<HTMLElement>('.result');
    if (!check) return;
    const fieldsets = Array.from(form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]'));
    const chosenIn = (fieldset: HTMLFieldSetElement) =>
      Array.from(fieldset.querySelectorAll<HTMLInputElement>('input:checked')).map((input) => input.value);
    const unanswered = fieldsets.find((fieldset) => chosenIn(fieldset).length === 0);
    if (unanswered) {
      if (result) result.textContent = strings.chooseFirst ?? '';
      unanswered.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    let right = 0;
    for (const fieldset of fieldsets) {
      const question = check.questions.find((q) => q.id === fieldset.dataset.question);
      if (!question) continue;
      const chosen = chosenIn(fieldset);
      const correct = question.options.filter((option) => option.correct).map((option) => option.id);
      const isRight = sameSet(chosen, correct);
      if (isRight) right += 1;
      for (const input of Array.from(fieldset.querySelectorAll<HTMLInputElement>('input'))) {
        showFeedback(
          input,
          question.options.find((option) => option.id === input.value),
        );
      }
      const verdict = fieldset.querySelector<HTMLElement>('.verdict');
      if (verdict) {
        verdict.hidden = false;
        verdict.textContent = (isRight ? strings.correct : strings.notQuite) ?? '';
        verdict.className = `verdict ${isRight ? 'right' : 'wrong'}`;
      }
      record(`${unitId}.${question.id}`, chosen, correct, isRight ? 'correct' : 'incorrect');
    }
    const total = check.questions.length;
    saved.checks[unitId] = total ? right / total : 0;
    if (result) result.textContent = fill(passedCheck(unitId) ? strings.checkPassed : strings.checkFailed, { correct: right, total });
    save();
  }

  function showConsequence(form: HTMLFormElement, choice: ChoiceData) {
    const box = form.querySelector<HTMLElement>('.consequence');
    if (!box) return;
    const verdict = document.createElement('p');
    verdict.className = choice.best ? 'verdict right' : 'verdict';
    verdict.textContent = (choice.best ? strings.bestChoice : strings.otherChoice) ?? '';
    const consequence = document.createElement('p');
    consequence.textContent = choice.consequence;
    box.replaceChildren(verdict, consequence);
  }

  function submitScenario(form: HTMLFormElement, unitId: string) {
    const chosen = form.querySelector<HTMLInputElement>('input:checked');
    const choice = course.scenarios[unitId]?.choices.find((c) => c.id === chosen?.value);
    if (!choice) {
      const box = form.querySelector<HTMLElement>('.consequence');
      if (box) box.textContent = strings.chooseFirst ?? '';
      form.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    showConsequence(form, choice);
    saved.scenarios[unitId] = choice.id;
    record(`${unitId}.choice`, [choice.id], null, choice.best ? 'correct' : 'neutral');
    save();
  }

  /** Puts back what the learner did in earlier sessions: reflections, scenario choices, check results. */
  function restoreUnits() {
    for (const section of sections) {
      const id = section.dataset.unit ?? '';
      const textarea = section.querySelector<HTMLTextAreaElement>('textarea');
      if (textarea && saved.reflections[id] !== undefined) textarea.value = saved.reflections[id] ?? '';
      const scenario = section.querySelector<HTMLFormElement>('form.scenario');
      const choice = course.scenarios[id]?.choices.find((c) => c.id === saved.scenarios[id]);
      if (scenario && choice) {
        const input = Array.from(scenario.querySelectorAll<HTMLInputElement>('input')).find((i) => i.value === choice.id);
        if (input) input.checked = true;
        showConsequence(scenario, choice);
      }
      const result = section.querySelector<HTMLElement>('form.check .result');
      const score = saved.checks[id];
      if (result && score !== undefined) result.textContent = fill(strings.checkEarlier, { percent: Math.round(score * 100) });
    }
  }

  function wireUnits() {
    for (const section of sections) {
      const id = section.dataset.unit ?? '';
      section.querySelector<HTMLFormElement>('form.check')?.addEventListener('submit', (event) => {
        event.preventDefault();
        submitCheck(event.currentTarget as HTMLFormElement, id);
      });
      section.querySelector<HTMLFormElement>('form.scenario')?.addEventListener('submit', (event) => {
        event.preventDefault();
        submitScenario(event.currentTarget as HTMLFormElement, id);
      });
      const textarea = section.querySelector<HTMLTextAreaElement>('textarea');
      // Typing saves after a pause; leaving the field saves at once.
      textarea?.addEventListener('input', () => {
        saved.reflections[id] = textarea.value;
        saveSoon();
      });
      textarea?.addEventListener('change', save);
    }
    previousButton?.addEventListener('click', () => show(current - 1, true));
    nextButton?.addEventListener('click', () => show(current + 1, true));
  }

  // ---- Session ----

  function sessionTime(ms: number): string {
    const seconds = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    if (lms?.version === '2004') return `PT${h}H${m}M${s}S`;
    const two = (n: number) => String(n).padStart(2, '0');
    return `${String(Math.min(h, 9999)).padStart(4, '0')}:${two(m)}:${two(s)}`;
  }

  function terminate() {
    if (!lms || finished) return;
    save();
    lms.set(element('sessionTime'), sessionTime(Date.now() - startedAt));
    lms.commit();
    lms.finish();
    finished = true;
  }

  function start() {
    if (sections.length === 0) return;
    lms = connect();
    if (lms) {
      restore(lms.get(element('suspend')));
      const location = lms.get(element('location'));
      const at = sections.findIndex((section) => section.dataset.unit === location);
      if (at >= 0) current = at;
      interactions = countInteractions(lms);
    }
    restoreUnits();
    wireUnits();
    if (pager) pager.hidden = false;
    show(current, false);
    window.addEventListener('pagehide', terminate);
  }

  start();
})();
