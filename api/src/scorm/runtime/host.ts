// Runs in the browser, on the content origin, in the host page that frames a SCO. It makes the
// SCORM runtime API (scorm-again) available to the SCO as window.API / window.API_1484_11, loads the
// learner's saved state that the platform page sends, and passes every commit back to the platform
// page, which stores it through its durable commit queue. Messages are accepted only from the
// platform's origin and from the window that framed us.

interface ScormRuntime {
  LMSSetValue?: (element: string, value: unknown) => string;
  throwSCORMError(element: string, code: number, message: string): void;
  loadFromFlattenedJSON(json: Record<string, string>, element?: string): void;
  getFlattenedCMI(): Record<string, unknown>;
  on(event: string, callback: (...args: unknown[]) => void): void;
  adl?: { nav?: { request?: string } };
}
type RuntimeConstructor = new (settings: Record<string, unknown>) => ScormRuntime;

interface InitMessage {
  kind: 'kinship-sco-init';
  state: Record<string, string>;
}

const page = document.documentElement.dataset;
const platformOrigin = page.platformOrigin ?? '';
const version = page.version === '2004' ? '2004' : '1.2';
const launch = page.launch ?? '';

// Elements the platform sets and the SCO may only read: never sent back.
const READ_ONLY =
  /^cmi\.(core\.)?(total_time|entry|credit|mode|lesson_mode|learner_id|learner_name|student_id|student_name|launch_data|scaled_passing_score|completion_threshold|max_time_allowed|time_limit_action|comments_from_lms)(\.|$)|^cmi\.student_data\./;

let runtime: ScormRuntime | null = null;
let sent: Record<string, string> = {};

function toPlatform(message: Record<string, unknown>) {
  window.parent.postMessage(message, platformOrigin);
}

function stringValues(flat: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [element, value] of Object.entries(flat)) if (typeof value === 'string') values[element] = value;
  return values;
}

/** What changed since the last commit: only these travel, so a commit stays small. */
function changes(): Record<string, string> {
  if (!runtime) return {};
  const now = stringValues(runtime.getFlattenedCMI());
  const changed: Record<string, string> = {};
  for (const [element, value] of Object.entries(now)) {
    if (READ_ONLY.test(element) || value === sent[element]) continue;
    if (value === '' && sent[element] === undefined) continue;
    changed[element] = value;
  }
  sent = now;
  return changed;
}

function commit(terminate: boolean) {
  const values = changes();
  const nav = terminate ? runtime?.adl?.nav?.request : undefined;
  if (Object.keys(values).length || terminate) toPlatform({ kind: 'kinship-sco-commit', values, terminate, nav: nav ?? '_none_' });
}

// SCORM 1.2 names 4096 characters for suspend_data, but tools such as Storyline write more and the
// common LMSs accept it; we keep up to what the platform stores (the SCORM 2004 limit), and refuse
// beyond with error 405, so that an oversized value is refused at once instead of failing a commit.
const SUSPEND_DATA_MAX = 64_000;

function capSuspendData(api: ScormRuntime) {
  const setValue = api.LMSSetValue?.bind(api);
  if (!setValue) return;
  api.LMSSetValue = (element, value) => {
    if (element === 'cmi.suspend_data' && String(value).length > SUSPEND_DATA_MAX) {
      api.throwSCORMError(element, 405, `cmi.suspend_data is longer than the ${SUSPEND_DATA_MAX} characters kept.`);
      return 'false';
    }
    return setValue(element, value);
  };
}

function start(message: InitMessage) {
  if (runtime) return;
  const name = version === '2004' ? 'Scorm2004API' : 'Scorm12API';
  const Runtime = (window as unknown as Record<string, RuntimeConstructor | undefined>)[name];
  if (!Runtime) throw new Error(`the SCORM ${version} runtime did not load`);
  // No commit URL: commits stay in this page and are handed to the platform, which stores them.
  // Autocommit hands over what the SCO set even if it never calls Commit before the tab closes.
  runtime = new Runtime({ autocommit: true, autocommitSeconds: 2, lmsCommitUrl: false, logLevel: 4 });
  runtime.loadFromFlattenedJSON(message.state, '');
  if (version === '1.2') capSuspendData(runtime);
  sent = stringValues(runtime.getFlattenedCMI());
  const events = version === '2004' ? (['Commit', 'Terminate'] as const) : (['LMSCommit', 'LMSFinish'] as const);
  runtime.on(events[0], () => commit(false));
  runtime.on(events[1], () => commit(true));
  const api = window as unknown as Record<string, unknown>;
  if (version === '2004') api.API_1484_11 = runtime;
  else api.API = runtime;
  const frame = document.createElement('iframe');
  frame.title = document.title;
  frame.src = launch;
  frame.allow = 'fullscreen; autoplay';
  document.body.append(frame);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.origin !== platformOrigin || event.source !== window.parent) return;
  const data = event.data as Partial<InitMessage> | null;
  if (data?.kind === 'kinship-sco-init' && data.state && typeof data.state === 'object') start(data as InitMessage);
});

// A SCO may be closed without calling Terminate: whatever it set is still handed over.
window.addEventListener('pagehide', () => commit(false));

toPlatform({ kind: 'kinship-sco-ready' });
