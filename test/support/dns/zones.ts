import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface TestZone {
  /** The zone's domain, without final dot: the file name without `.zone`. */
  name: string;
  file: string;
}

/** Every `<zone>.zone` file of the directory: adding a zone to the test servers is adding a file. */
export function listZones(directory: string): TestZone[] {
  const zones = readdirSync(directory)
    .filter((file) => file.endsWith('.zone'))
    .sort()
    .map((file) => ({ name: file.slice(0, -'.zone'.length).toLowerCase(), file: join(directory, file) }));
  for (const zone of zones) {
    if (!/^([a-z0-9_]([a-z0-9_-]*[a-z0-9_])?\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(zone.name)) {
      throw new Error(`The zone file ${zone.file} must be named <domain>.zone (for example example.test.zone).`);
    }
  }
  if (zones.length === 0) throw new Error(`No <zone>.zone file in ${directory}: the DoH test servers need at least one zone.`);
  return zones;
}
