import { z } from 'zod';

/**
 * The app's own commands in the application menu. Main sends the command; the renderer
 * decides what it means on the screen it shows (renderer/src/app/menu-commands.ts).
 */
export const menuCommandSchema = z.enum([
  'open-log-file',
  'open-change-plan',
  'export',
  'switch-connection',
  'preferences',
  'export-diagnostics',
  // Also what a click on an access-request notification sends (desktop-notifications.ts).
  'open-access-requests',
]);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

export const menuCommandEventSchema = z.object({ command: menuCommandSchema }).strict();
export type MenuCommandEvent = z.infer<typeof menuCommandEventSchema>;
