// What the screenshot scripts share: the demo password, an API caller signed in as a demo user, and a
// browser page signed in through the sign-in screen. Not a test.

export const DEMO_PASSWORD = 'kycuong@2026';

/** A GraphQL and upload caller of `base`, keeping the session cookie of its sign-in. */
export class DemoCaller {
  cookie = null;

  constructor(base) {
    this.base = base;
  }

  async request(query, variables = {}) {
    const headers = { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) };
    const res = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0];
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  /** Uploads a whole file in one request, as a phone does for a small one. */
  async upload(id, bytes, type) {
    const res = await fetch(`${this.base}/api/files/${id}`, {
      method: 'PUT',
      headers: { 'content-type': type, ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: new Uint8Array(bytes),
    });
    if (res.status !== 201) throw new Error(`upload ${res.status}`);
  }

  static async as(base, username) {
    const caller = new DemoCaller(base);
    await caller.request('mutation ($i: SignInInput!) { signIn(input: $i) { id } }', {
      i: { username, password: DEMO_PASSWORD },
    });
    return caller;
  }
}

/** A new browser context signed in as `username` through the sign-in screen, on its home screen. */
export async function signedInPage(browser, base, username, contextOptions) {
  const context = await browser.newContext({ locale: 'vi-VN', ...contextOptions });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('header-user').waitFor({ timeout: 60_000 });
  return { context, page };
}
