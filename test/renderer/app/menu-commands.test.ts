import { describe, expect, it } from 'vitest';
import type { MenuCommandEvent } from '../../../shared/ipc/schemas/menu';
import { actionForCommand, routeMenuCommands } from '../../../renderer/src/app/menu-commands';
import { fakeBridge } from '../fake-bridge';

describe('actionForCommand', () => {
  it('opens the screen that handles each command, or asks for the file to open', () => {
    expect(actionForCommand('open-log-file')).toEqual({ kind: 'open-log-file' });
    expect(actionForCommand('open-change-plan')).toEqual({ kind: 'open-change-plan' });
    expect(actionForCommand('preferences')).toEqual({ kind: 'navigate', hash: '#/preferences' });
    expect(actionForCommand('export')).toEqual({ kind: 'export' });
    expect(actionForCommand('export-diagnostics')).toEqual({ kind: 'export-diagnostics' });
    expect(actionForCommand('open-access-requests')).toEqual({
      kind: 'navigate',
      hash: '#/access-requests',
    });
  });

  it('switches connection on a connections screen when the app has one, else in Preferences', () => {
    expect(actionForCommand('switch-connection')).toEqual({
      kind: 'navigate',
      hash: '#/connections',
    });
    const withoutConnections = (id: string) => (id === 'preferences' ? '#/preferences' : null);
    expect(actionForCommand('switch-connection', withoutConnections)).toEqual({
      kind: 'navigate',
      hash: '#/preferences',
    });
    const withConnections = (id: string) =>
      id === 'connections' ? '#/connections' : id === 'preferences' ? '#/preferences' : null;
    expect(actionForCommand('switch-connection', withConnections)).toEqual({
      kind: 'navigate',
      hash: '#/connections',
    });
  });
});

describe('routeMenuCommands', () => {
  it('carries out each command main sends until unsubscribed', () => {
    let deliver: ((event: MenuCommandEvent) => void) | null = null;
    const bridge = fakeBridge({
      menu: {
        onCommand: (listener) => {
          deliver = listener;
          return () => {
            deliver = null;
          };
        },
      },
    });
    const done: string[] = [];
    const stop = routeMenuCommands(bridge, {
      navigate: (hash) => done.push(`go ${hash}`),
      openLogFile: () => done.push('open log'),
      openChangePlan: () => done.push('open plan'),
      exportCurrent: () => done.push('export'),
      exportDiagnostics: () => done.push('diagnostics'),
    });
    const send = (event: MenuCommandEvent) => {
      deliver?.(event);
    };
    send({ command: 'open-log-file' });
    send({ command: 'open-change-plan' });
    send({ command: 'switch-connection' });
    send({ command: 'export' });
    send({ command: 'export-diagnostics' });
    send({ command: 'open-access-requests' });
    stop();
    send({ command: 'preferences' });
    expect(done).toEqual([
      'open log',
      'open plan',
      'go #/connections',
      'export',
      'diagnostics',
      'go #/access-requests',
    ]);
  });
});
