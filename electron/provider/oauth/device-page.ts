import { ROLES, type Role } from '../auth';

// The verification page a person opens in their browser (RFC 8628 §3.3). Plain HTML with no
// script; every value that came from a request is escaped.

export type DevicePageView =
  | {
      readonly kind: 'form';
      readonly tenantName: string;
      readonly userCode: string;
      readonly role: Role;
      readonly error: string | null;
    }
  | { readonly kind: 'approved'; readonly tenantName: string; readonly role: Role }
  | { readonly kind: 'denied'; readonly tenantName: string };

/** No script, no framing, forms post back here only. */
export const DEVICE_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const style = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f4f6f8; color: #1b1f24; }
main { max-width: 28rem; margin: 3rem auto; background: #fff; border: 1px solid #c3c9d1;
  border-radius: 8px; padding: 1.5rem 2rem; }
h1 { font-size: 1.4rem; margin-top: 0; }
label { display: block; font-weight: 600; margin-top: 1rem; }
input, select { font: inherit; width: 100%; box-sizing: border-box; padding: 0.4rem; margin-top: 0.25rem; }
.hint { color: #4a5360; font-size: 0.9rem; margin: 0.25rem 0 0; }
.actions { display: flex; gap: 1rem; margin-top: 1.5rem; }
button { font: inherit; padding: 0.4rem 1rem; border-radius: 8px; border: 1px solid #0a53be; }
button[value=approve] { background: #0a53be; color: #fff; font-weight: 600; }
button[value=deny] { background: #fff; color: #85190f; border-color: #85190f; }
.error { background: #fde3e1; color: #85190f; padding: 0.5rem 0.75rem; border-radius: 8px; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body><main>${body}</main></body>
</html>
`;
}

function form(view: Extract<DevicePageView, { kind: 'form' }>, action: string): string {
  const options = ROLES.map(
    (role) => `<option value="${role}"${role === view.role ? ' selected' : ''}>${role}</option>`,
  ).join('');
  const error =
    view.error === null ? '' : `<p class="error" role="alert">${escapeHtml(view.error)}</p>`;
  return `<h1>Sign in a device to ${escapeHtml(view.tenantName)}</h1>
<p>An app asked to act on this tenant. Approve only if you started the sign-in and the code
matches the one the app shows.</p>
${error}
<form method="post" action="${escapeHtml(action)}">
<label for="user_code">Code shown in the app</label>
<input id="user_code" name="user_code" value="${escapeHtml(view.userCode)}" autocomplete="off"
  autocapitalize="characters" spellcheck="false" required maxlength="16">
<label for="role">Sign in as</label>
<select id="role" name="role">${options}</select>
<label for="role_token">Role token</label>
<input id="role_token" name="role_token" type="password" autocomplete="current-password" required
  maxlength="256" aria-describedby="role_token_hint">
<p class="hint" id="role_token_hint">The token this provider printed for the role when it started.</p>
<div class="actions">
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny" formnovalidate>Deny</button>
</div>
</form>`;
}

export function renderDevicePage(view: DevicePageView, action: string): string {
  switch (view.kind) {
    case 'form':
      return page('Approve sign-in', form(view, action));
    case 'approved':
      return page(
        'Sign-in approved',
        `<h1>Sign-in approved</h1>
<p role="status">The app is now signed in to ${escapeHtml(view.tenantName)} as ${view.role}.
You can close this page and return to it.</p>`,
      );
    case 'denied':
      return page(
        'Sign-in denied',
        `<h1>Sign-in denied</h1>
<p role="status">The app was not signed in to ${escapeHtml(view.tenantName)}. You can close this page.</p>`,
      );
  }
}
