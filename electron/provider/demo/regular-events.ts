// The everyday accesses: tenant users, admins, apps and subprocessors doing their work.
// This runs ~200,000 times per start, and garbage collection of what it allocates dominated
// generation time, so every finite choice (resources, places, each actor's usual IP address)
// is prepared once and shared; an event allocates only itself, its id and its time.
import type { Place } from './people';
import {
  appPlaces,
  applications,
  documents,
  sites,
  subprocessorPlaces,
  subprocessors,
  teams,
  tenantAdmins,
  tenantUsers,
  userPlaces,
} from './people';
import { weightedPicker, type Random } from './prng';
import type { DemoAccessEvent } from './types';

export type RegularKind = 'tenant-user' | 'tenant-admin' | 'application' | 'subprocessor';
type Category = DemoAccessEvent['category'];
type EventLocation = DemoAccessEvent['location'];
type Action = readonly [
  operation: string,
  category: Category,
  resource: (rng: Random, actor: number) => string,
];

interface PlaceInfo {
  readonly id: number;
  readonly prefix: string;
  readonly location: EventLocation;
}

let nextPlaceId = 0;
function placeInfos(places: readonly Place[]): (rng: Random) => PlaceInfo {
  return weightedPicker(
    places.map((p) => {
      const info: PlaceInfo = {
        id: nextPlaceId++,
        prefix: p.ipPrefix,
        location: Object.freeze({ countryCode: p.countryCode, city: p.city }),
      };
      return [info, p.weight] as const;
    }),
  );
}

const userPlace = placeInfos(userPlaces);
const appPlace = placeInfos(appPlaces);
const subprocessorPlace = placeInfos(subprocessorPlaces);
const berlinOffice = placeInfos([
  { countryCode: 'DE', city: 'Berlin', ipPrefix: '85.214', weight: 1 },
]);

/** Each actor keeps the same address at the same place, as real sign-in logs show. */
const ipCache = new Map<number, string>();
function stableIp(actorKey: number, place: PlaceInfo): string {
  const key = actorKey * 64 + place.id;
  let ip = ipCache.get(key);
  if (ip === undefined) {
    const h = Math.imul(key ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
    ip = `${place.prefix}.${String((h >>> 8) & 255)}.${String(1 + ((h & 0xffff) % 254))}`;
    ipCache.set(key, ip);
  }
  return ip;
}

const pickResult = weightedPicker([
  ['success', 975],
  ['denied', 15],
  ['failed', 10],
] as const);

const prefixed = (prefix: string, items: readonly string[]): readonly string[] =>
  items.map((item) => `${prefix}${item}`);
const mailboxes = prefixed('mailbox:', tenantUsers);
const searches = prefixed('search:', tenantUsers);
const directoryEntries = prefixed('directory:', tenantUsers);
const siteFiles = sites.flatMap((s) => documents.map((d) => `file:/sites/${s}/${d}`));
const siteRoots = prefixed('file:/sites/', sites);
const chats = prefixed('chat:', teams);
const meetings = prefixed('meeting:', teams);
const devices = Array.from(
  { length: 400 },
  (_, i) => `device:LAPTOP-${String(1000 + ((i * 2_357) % 9_000))}`,
);

const userAction = weightedPicker<Action>([
  [['mail.read', 'customer', (_, u) => mailboxes[u] ?? ''], 30],
  [['mail.send', 'customer', (_, u) => mailboxes[u] ?? ''], 10],
  [['file.read', 'customer', (rng) => rng.pick(siteFiles)], 20],
  [['file.write', 'customer', (rng) => rng.pick(siteFiles)], 8],
  [['chat.read', 'customer', (rng) => rng.pick(chats)], 15],
  [['meeting.join', 'service-generated', (rng) => rng.pick(meetings)], 7],
  [['search.query', 'service-generated', (_, u) => searches[u] ?? ''], 5],
  [['signin', 'service-generated', (_, u) => directoryEntries[u] ?? ''], 5],
]);

const adminActions: readonly Action[] = [
  ['directory.user.update', 'customer', (rng) => rng.pick(directoryEntries)],
  ['audit.search', 'service-generated', () => 'audit-log:tenant'],
  ['mailbox.permission.grant', 'customer', (rng) => rng.pick(mailboxes)],
  ['device.wipe', 'customer', (rng) => rng.pick(devices)],
  ['settings.read', 'service-generated', () => 'tenant:settings'],
  ['retention.policy.update', 'customer', () => 'policy:retention-default'],
];

const appActions: readonly Action[] = [
  ['mail.read', 'customer', (rng) => rng.pick(mailboxes)],
  ['directory.read', 'service-generated', () => 'directory:users'],
  ['files.sync', 'customer', (rng) => rng.pick(siteRoots)],
  ['reports.export', 'service-generated', () => 'reports:usage'],
  ['device.compliance.read', 'service-generated', (rng) => rng.pick(devices)],
];

const subprocessorActions = [
  ['diagnostics.read', 'diagnostic'],
  ['support-case.read', 'professional-services'],
  ['logs.read', 'service-generated'],
] as const;

// Actor keys keep each kind's actors apart in the IP cache.
const adminKey = 10_000;
const appKey = 20_000;
const subprocessorKey = 30_000;

interface Who {
  readonly actor: string;
  readonly operation: string;
  readonly category: Category;
  readonly resource: string;
  readonly place: PlaceInfo;
  readonly ip: string;
}

function who(rng: Random, kind: RegularKind): Who {
  switch (kind) {
    case 'tenant-user': {
      const u = rng.int(0, tenantUsers.length - 1);
      const [operation, category, resourceOf] = userAction(rng);
      const place = userPlace(rng);
      const resource = resourceOf(rng, u);
      return {
        actor: tenantUsers[u] ?? '',
        operation,
        category,
        resource,
        place,
        ip: stableIp(u, place),
      };
    }
    case 'tenant-admin': {
      const a = rng.int(0, tenantAdmins.length - 1);
      const [operation, category, resourceOf] = rng.pick(adminActions);
      const place = berlinOffice(rng);
      const resource = resourceOf(rng, a);
      return {
        actor: tenantAdmins[a] ?? '',
        operation,
        category,
        resource,
        place,
        ip: stableIp(adminKey + a, place),
      };
    }
    case 'application': {
      const a = rng.int(0, applications.length - 1);
      const [operation, category, resourceOf] = rng.pick(appActions);
      const place = appPlace(rng);
      const resource = resourceOf(rng, a);
      return {
        actor: applications[a] ?? '',
        operation,
        category,
        resource,
        place,
        ip: stableIp(appKey + a, place),
      };
    }
    case 'subprocessor': {
      const s = rng.int(0, subprocessors.length - 1);
      const [operation, category] = rng.pick(subprocessorActions);
      const place = subprocessorPlace(rng);
      return {
        actor: subprocessors[s] ?? '',
        operation,
        category,
        resource: '',
        place,
        ip: stableIp(subprocessorKey + s, place),
      };
    }
  }
}

export function regularEvent(
  rng: Random,
  kind: RegularKind,
  id: string,
  time: string,
): DemoAccessEvent {
  const result = pickResult(rng);
  const w = who(rng, kind);
  if (kind === 'subprocessor') {
    // Subprocessors work on support cases, so their accesses carry the case ticket.
    const ticket = `INC-${String(rng.int(1_000_000, 9_999_999))}`;
    const purpose = rng.chance(0.7) ? 'troubleshooting' : 'maintenance-improvement';
    return {
      id,
      time,
      actor: w.actor,
      actorKind: kind,
      category: w.category,
      resource: `support-case:${ticket}`,
      operation: w.operation,
      purpose,
      justification: `Support case ${ticket}`,
      ticket,
      accessRequestId: null,
      location: w.place.location,
      ip: w.ip,
      result,
    };
  }
  return {
    id,
    time,
    actor: w.actor,
    actorKind: kind,
    category: w.category,
    resource: w.resource,
    operation: w.operation,
    purpose: 'service-delivery',
    justification: null,
    ticket: null,
    accessRequestId: null,
    location: w.place.location,
    ip: w.ip,
    result,
  };
}
