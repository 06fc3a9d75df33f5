import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppLog } from '../../../../electron/services/diagnostics/app-log';

const dir = mkdtempSync(join(tmpdir(), 'pcc-log-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('createAppLog', () => {
  it('writes userData/logs/main.log with every line redacted before it reaches the file', () => {
    const log = createAppLog({ dir, echo: false, logId: 'app-log-test' });
    expect(log.file).toBe(join(dir, 'main.log'));
    log.logger.info('GET /v1/me', { headers: { authorization: 'Bearer s3cr3tT0k3nValue_abc' } });
    log.logger.warn('sign-in by ops@contoso.example from 198.51.100.4');
    log.logger.error(new Error('refresh_token=abc.def.ghi rejected'));
    const text = readFileSync(log.file, 'utf8');
    expect(text).toContain("[info]  GET /v1/me { headers: { authorization: '[redacted]' } }");
    expect(text).toContain('[warn]  sign-in by [redacted-email] from [redacted-ip]');
    expect(text).toContain('[error] Error: refresh_token=[redacted] rejected');
    for (const secret of [
      's3cr3tT0k3nValue_abc',
      'ops@contoso.example',
      '198.51.100.4',
      'abc.def.ghi',
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
