import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

export interface SettingsDialogProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly title: ReactNode;
  readonly description: ReactNode;
  readonly children: ReactNode;
  readonly wide?: boolean;
  readonly testId?: string;
}

/**
 * A modal dialog (Radix: focus trapped, Escape closes, the page behind hidden from assistive
 * technology). Radix's Overlay is left out on purpose: it injects a <style> element for scroll
 * locking, which the app's CSP (style-src 'self') refuses; a plain backdrop does the visual part.
 */
export function SettingsDialog(props: SettingsDialogProps) {
  return (
    <Dialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <Dialog.Portal>
        <div className="dialog-backdrop" aria-hidden="true" />
        <Dialog.Content
          className={props.wide === true ? 'dialog dialog-wide' : 'dialog'}
          data-testid={props.testId}
        >
          <Dialog.Title className="dialog-title">{props.title}</Dialog.Title>
          <Dialog.Description className="dialog-description">
            {props.description}
          </Dialog.Description>
          {props.children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
