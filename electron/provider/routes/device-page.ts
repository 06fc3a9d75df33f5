import type { Hono } from 'hono';
import { z } from 'zod';
import { ROLES, type Role } from '../auth';
import type { ProviderContext, ProviderDeps, ProviderEnv } from '../context';
import { DEVICE_PAGE_CSP, renderDevicePage, type DevicePageView } from '../oauth/device-page';
import { VERIFICATION_PATH } from './oauth';

const decisionForm = z.object({
  user_code: z.string().max(16).default(''),
  role: z.enum(ROLES).default('admin'),
  role_token: z.string().max(256).default(''),
  decision: z.enum(['approve', 'deny']),
});

function html(c: ProviderContext, view: DevicePageView, status: 200 | 400 = 200): Response {
  return c.html(renderDevicePage(view, VERIFICATION_PATH), status, {
    'Content-Security-Policy': DEVICE_PAGE_CSP,
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
}

/** The page where a person enters the code the app shows and approves or denies it. */
export function registerDevicePageRoutes(app: Hono<ProviderEnv>, deps: ProviderDeps): void {
  const tenantName = () => deps.store.state.tenant.displayName;
  const formView = (userCode: string, role: Role, error: string | null): DevicePageView => ({
    kind: 'form',
    tenantName: tenantName(),
    userCode,
    role,
    error,
  });

  app.get(VERIFICATION_PATH, (c) =>
    html(c, formView((c.req.query('user_code') ?? '').slice(0, 16), 'admin', null)),
  );

  app.post(VERIFICATION_PATH, async (c) => {
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    const raw =
      type === 'application/x-www-form-urlencoded'
        ? Object.fromEntries(new URLSearchParams(await c.req.text()))
        : {};
    const parsed = decisionForm.safeParse(raw);
    if (!parsed.success) {
      return html(c, formView('', 'admin', 'Enter the code and choose Approve or Deny.'), 400);
    }
    const { user_code: userCode, role, role_token: roleToken, decision } = parsed.data;
    if (!deps.oauth.grants.isPending(userCode)) {
      const error =
        'This code is unknown, already used or expired. Start the sign-in again in the app.';
      return html(c, formView(userCode, role, error), 400);
    }
    if (decision === 'deny') {
      deps.oauth.grants.decide(userCode, { deny: true });
      return html(c, { kind: 'denied', tenantName: tenantName() });
    }
    if (!deps.oauth.checkRoleSecret(role, roleToken)) {
      return html(c, formView(userCode, role, `That is not the ${role} token.`), 400);
    }
    const outcome = deps.oauth.grants.decide(userCode, { approve: role });
    if (outcome !== 'approved') {
      return html(
        c,
        formView(userCode, role, 'The code expired. Start the sign-in again in the app.'),
        400,
      );
    }
    return html(c, { kind: 'approved', tenantName: tenantName(), role });
  });
}
