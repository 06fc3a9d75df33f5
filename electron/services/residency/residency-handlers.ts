import { basename } from 'node:path';
import {
  residencyReportCsv,
  residencyReportHtml,
} from '../../../shared/domain/residency/residency-report';
import type { ResidencySnapshot } from '../../../shared/ipc/schemas/residency';
import type { FileDialogs } from '../file-dialogs';
import type { ChannelHandlers } from '../ipc-registry';
import type { ProviderClient } from '../provider-client';
import { writeTextFile } from '../text-file-writer';
import { userText } from '../user-text/user-text';
import { createResidencyService } from './residency-service';

export interface ResidencyHandlerDeps {
  readonly getClient: () => ProviderClient;
  readonly cacheDir: () => string;
  readonly dialogs: FileDialogs;
  readonly now?: () => Date;
}

type ResidencyChannels = 'residency:get-snapshot' | 'residency:export-report';

const formats = {
  csv: { filter: () => ({ name: 'CSV', extensions: ['csv'] }), write: residencyReportCsv },
  html: {
    filter: () => ({ name: userText().dialogs.htmlPage, extensions: ['html'] }),
    write: residencyReportHtml,
  },
} as const;

function reportInput(snapshot: ResidencySnapshot) {
  return {
    tenant: snapshot.tenant,
    commitment: snapshot.tenant.residencyCommitment,
    commitmentKnown: snapshot.commitmentKnown,
    snapshotAt: snapshot.snapshotAt,
    findings: snapshot.findings,
  };
}

/** The residency channels: the checked snapshot, and the report written where the user says. */
export function createResidencyHandlers(
  deps: ResidencyHandlerDeps,
): Pick<ChannelHandlers, ResidencyChannels> {
  const service = createResidencyService(deps);
  return {
    'residency:get-snapshot': () => service.refresh(),
    'residency:export-report': async ({ format }) => {
      const snapshot = await service.current();
      const chosen = formats[format];
      const day = snapshot.snapshotAt.slice(0, 10);
      const path = await deps.dialogs.chooseFileToSave({
        title: userText().dialogs.saveResidencyReport,
        defaultName: `residency-report-${day}.${format}`,
        filters: [chosen.filter()],
      });
      if (path === null) return { status: 'cancelled' };
      await writeTextFile(path, chosen.write(reportInput(snapshot)));
      return {
        status: 'saved',
        fileName: basename(path),
        total: snapshot.total,
        flagged: snapshot.flagged,
        snapshotAt: snapshot.snapshotAt,
      };
    },
  };
}
