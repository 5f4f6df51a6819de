/** What a GraphQL client sees: data and errors with their codes, and the HTTP status. */
export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  raw: string;
}

/**
 * A GraphQL client over HTTP with its own cookie jar, like one browser: log in once and later
 * requests carry the session cookie.
 */
export class ApiClient {
  private cookie = '';

  constructor(
    readonly apiUrl: string,
    private readonly address = '127.0.0.1',
  ) {}

  /** The session cookie as a request header, for requests made without this client. */
  get cookieHeader(): string {
    return this.cookie;
  }

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    return this.post<T>(JSON.stringify({ query, variables }));
  }

  async post<T>(body: string): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie, 'x-forwarded-for': this.address },
      body,
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const raw = await res.text();
    const parsed = JSON.parse(raw) as Omit<GraphQLResponse<T>, 'status' | 'raw'>;
    return { status: res.status, raw, ...parsed };
  }

  /** GET with this client's cookie (REST routes such as the certificate PDF). */
  get(path: string): Promise<Response> {
    return fetch(`${this.apiUrl}${path}`, { headers: { cookie: this.cookie } });
  }

  /** POST of JSON to a REST route with this client's cookie (the tracking commit route). */
  postJson(path: string, body: unknown): Promise<Response> {
    return fetch(`${this.apiUrl}${path}`, {
      method: 'POST',
      headers: { cookie: this.cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  /** POST of raw bytes with this client's cookie (package uploads). */
  postBytes(path: string, body: Buffer, contentType = 'application/zip'): Promise<Response> {
    return fetch(`${this.apiUrl}${path}`, {
      method: 'POST',
      headers: { cookie: this.cookie, 'content-type': contentType },
      body: new Uint8Array(body),
    });
  }

  /** Returns data, failing the test with the errors if there were any. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.gql<T>(query, variables);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  }
}
