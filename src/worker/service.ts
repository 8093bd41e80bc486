/**
 * The engine service: the implementation of the declared contract (`src/api/engine-api.ts`), one
 * object grouped by concern, the only thing the worker exposes. It runs unchanged in Node (tests,
 * command line) on fake-indexeddb. Anything a user can get wrong returns a `Result`; exceptions
 * mean bugs.
 */
import { PlaygroundDb } from '../db/schema.ts';
import { APP_VERSION } from '../engine/version.ts';
import { createClockService } from './clock-service.ts';
import { createConfigService } from './config-service.ts';
import { createContext, type ServiceContext } from './context.ts';
import { createDlpService } from './dlp-service.ts';
import { createEncryptionService } from './encryption-service.ts';
import { createEncryptionQueueService } from './encryption-queue-service.ts';
import { createImpactService } from './impact-service.ts';
import { createMailService, serialQueue } from './mail-service.ts';
import { mailPorts } from './mail-ports.ts';
import { createQuarantineService } from './quarantine-service.ts';
import { deliverReadReceipt, deliverSecureResponse } from './recipient-mail.ts';
import { createReportService } from './report-service.ts';
import { createResService, settleRes } from './res-service.ts';
import { createSiteService } from './site-service.ts';
import { createTrackingService } from './tracking-service.ts';
import { createTrafficService } from './traffic-service.ts';
import { createTutorialService } from './tutorial-service.ts';
import { createChallengeService } from './challenge-service.ts';
import type { EngineApi } from '../api/engine-api.ts';

/** Builds the service over a database (opened by name if not given), or over a context already created on it. */
export async function createService(db: PlaygroundDb = new PlaygroundDb(), context?: ServiceContext): Promise<EngineApi> {
  const ctx = context ?? (await createContext(db));
  const encryption = createEncryptionService(ctx);
  const ports = mailPorts(ctx, encryption);
  // One queue for everything that allocates MIDs, so message numbers stay in order.
  const queue = serialQueue();
  const quarantine = createQuarantineService(ctx, ports, queue, (scope) => mailPorts(ctx, encryption, scope));
  const encryptionQueue = createEncryptionQueueService(ctx, ports, queue, (scope) => mailPorts(ctx, encryption, scope));
  const clock = createClockService(ctx);
  const res = createResService(ctx);
  const service: EngineApi = {
    ping: async () => 'pong',
    appVersion: async () => APP_VERSION,
    config: createConfigService(ctx),
    clock: {
      ...clock,
      /** Moves the clock; quarantines whose retention ended apply their default action. */
      async advance(ms: number) {
        const r = await clock.advance(ms);
        if (r.ok) {
          // Time-driven state catches up at once, so pages reading the tables see it.
          await settleRes(db, r.value);
          await quarantine.processExpired();
          // The appliance retries its encryption queue; what waited past its queue timeout bounces.
          await encryptionQueue.retryAll();
        }
        return r;
      },
    },
    res: {
      ...res,
      async openEnvelope(req) {
        const r = await res.openEnvelope(req);
        if (r.ok && r.value.readReceipt) await deliverReadReceipt(ctx, r.value.readReceipt);
        return r;
      },
      async reply(input) {
        const r = await res.reply(input);
        if (r.ok) await deliverSecureResponse(ctx, r.value.notification);
        return r;
      },
      async forward(input) {
        const r = await res.forward(input);
        if (r.ok) await deliverSecureResponse(ctx, r.value.notification);
        return r;
      },
      reachable: encryptionQueue.reachable,
      setReachable: encryptionQueue.setReachable,
    },
    encryption: { ...encryption, queue: encryptionQueue.list },
    mail: createMailService(ctx, ports, queue, (scope) => mailPorts(ctx, encryption, scope)),
    tracking: createTrackingService(ctx),
    traffic: createTrafficService(ctx, ports, queue),
    impact: createImpactService(ctx, ports),
    reports: createReportService(ctx),
    dlp: createDlpService(ctx),
    quarantine,
    site: createSiteService(ctx),
    // The tutorial's solutions drive the service itself, exactly as the pages do.
    tutorial: createTutorialService(ctx, () => service),
    // Challenges build their broken starts and check their goals through the service too.
    challenges: createChallengeService(ctx, {
      api: () => service,
      trafficRunning: async () => (await service.traffic.progress()).state === 'running',
    }),
  };
  return service;
}
